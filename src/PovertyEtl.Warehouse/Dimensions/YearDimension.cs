namespace PovertyEtl.Warehouse.Dimensions;

/// <summary>A dimension of a year's standard as the mask of its indicators' deprivation bits (<c>dw.year_dimension_mask</c>).</summary>
internal sealed record YearDimension(string StandardCode, string DimensionCode, string DimensionName, long Mask);
