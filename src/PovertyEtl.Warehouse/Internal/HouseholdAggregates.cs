namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// The household list's aggregates the mart views read instead of the list itself (common/0050, 0051):
/// one set of rows per load, each table's content defined by its <c>_definition</c> view. A load
/// writes its rows in its own transaction (<see cref="HouseholdTallies"/>), before its history row says <c>loaded</c>; a supersede
/// changes only that status, which the views read as they did. The dimension aggregate rests on
/// the reference data (dimensions' indicators, each year's standard): the reference sync computes
/// it again, in its transaction, when the masks it was computed with are no longer the years'.
/// </summary>
internal static class HouseholdAggregates
{
    public static void RefreshDimensionsWhenStale(SqlSession session)
    {
        const string Columns = "year_key, standard_code, dimension_code, dimension_name, mask";
        var changed = session.Scalar<long>(
            $"SELECT count(*) FROM (SELECT {Columns} FROM dw.year_dimension_mask EXCEPT SELECT {Columns} FROM dw.agg_household_dimension_basis) AS added") +
            session.Scalar<long>(
            $"SELECT count(*) FROM (SELECT {Columns} FROM dw.agg_household_dimension_basis EXCEPT SELECT {Columns} FROM dw.year_dimension_mask) AS gone");
        if (changed == 0) return;
        session.Execute("DELETE FROM dw.agg_household_category_dimension");
        session.ExecuteUnbounded("INSERT INTO dw.agg_household_category_dimension SELECT * FROM dw.agg_household_category_dimension_definition");
        session.Execute("DELETE FROM dw.agg_household_dimension_basis");
        session.Execute("INSERT INTO dw.agg_household_dimension_basis SELECT * FROM dw.year_dimension_mask");
    }
}
