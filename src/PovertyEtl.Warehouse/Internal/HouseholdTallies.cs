using PovertyEtl.Warehouse.Dimensions;

namespace PovertyEtl.Warehouse.Internal;

/// <summary>
/// A load's rows of the household-list aggregates (common/0050, 0051), counted as its households
/// stream into the fact table and written at commit by four small bulk writes. Reading the load's
/// rows back with the <c>_definition</c> views' <c>INSERT … SELECT</c> cost 40–60 ms a file, as
/// much as the rest of the commit; counting them on the way costs nothing measurable. What is
/// counted is exactly what the definitions say (HouseholdAggregatesTests holds the tables equal to
/// them): by commune, year and category, the households and members per ethnicity, the households
/// per number of deprivations, the households and those deprived in each of the mask's 32 bits
/// (one row, the bits an array), and per dimension of the year's standard the households and those
/// deprived in at least one of its indicators (a row even when none is). A load is of one year:
/// its year's dimensions are taken once.
/// </summary>
internal sealed class HouseholdTallies(int year, IReadOnlyList<YearDimension> dimensions)
{
    private const int MaskBits = 32;

    private readonly Dictionary<(int Geography, short Category, short Ethnicity), (long Households, long Members)> _ethnicity = [];
    private readonly Dictionary<(int Geography, short Category, short Count), long> _deprivationCount = [];
    private readonly Dictionary<(int Geography, short Category), CategoryTally> _category = [];

    /// <summary>A commune's households of one category: how many, and how many deprived in each bit and in each dimension.</summary>
    private sealed class CategoryTally(int dimensions)
    {
        public long Households;
        public readonly long[] DeprivedInBit = new long[MaskBits];
        public readonly long[] DeprivedInDimension = new long[dimensions];
    }

    public void Add(int geography, short category, short ethnicity, int members, int deprivations, short deprivationCount)
    {
        var (households, sum) = _ethnicity.GetValueOrDefault((geography, category, ethnicity));
        _ethnicity[(geography, category, ethnicity)] = (households + 1, sum + members);
        _deprivationCount[(geography, category, deprivationCount)] = _deprivationCount.GetValueOrDefault((geography, category, deprivationCount)) + 1;
        if (!_category.TryGetValue((geography, category), out var tally))
            _category[(geography, category)] = tally = new CategoryTally(dimensions.Count);
        tally.Households++;
        for (var bits = (uint)deprivations; bits != 0; bits &= bits - 1)
            tally.DeprivedInBit[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        for (var d = 0; d < dimensions.Count; d++)
            if ((deprivations & dimensions[d].Mask) != 0) tally.DeprivedInDimension[d]++;
    }

    /// <summary>Writes the load's rows, in its transaction.</summary>
    public void Write(SqlSession session, long loadId)
    {
        if (_ethnicity.Count == 0) return;
        using (var writer = session.Bulk("dw.agg_household_ethnicity", "load_id", "geography_key", "year_key", "category_key", "ethnicity_key", "households", "members"))
        {
            foreach (var ((geography, category, ethnicity), (households, members)) in _ethnicity)
                writer.Row(loadId, geography, year, category, ethnicity, households, members);
            writer.Complete();
        }
        using (var writer = session.Bulk("dw.agg_household_deprivation_count", "load_id", "geography_key", "year_key", "category_key", "deprivation_count", "households"))
        {
            foreach (var ((geography, category, count), households) in _deprivationCount)
                writer.Row(loadId, geography, year, category, count, households);
            writer.Complete();
        }
        using (var writer = session.Bulk("dw.agg_household_category", "load_id", "geography_key", "year_key", "category_key", "households", "households_deprived"))
        {
            foreach (var ((geography, category), tally) in _category)
                writer.Row(loadId, geography, year, category, tally.Households, tally.DeprivedInBit);
            writer.Complete();
        }
        if (dimensions.Count == 0) return;
        using (var writer = session.Bulk("dw.agg_household_category_dimension", "load_id", "geography_key", "year_key", "category_key", "standard_code",
            "dimension_code", "dimension_name", "households", "households_deprived"))
        {
            foreach (var ((geography, category), tally) in _category)
                for (var d = 0; d < dimensions.Count; d++)
                {
                    var dimension = dimensions[d];
                    writer.Row(loadId, geography, year, category, dimension.StandardCode, dimension.DimensionCode, dimension.DimensionName,
                        tally.Households, tally.DeprivedInDimension[d]);
                }
            writer.Complete();
        }
    }
}
