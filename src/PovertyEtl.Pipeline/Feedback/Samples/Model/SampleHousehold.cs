using PovertyEtl.Pipeline.Reference;
using PovertyEtl.Pipeline.Reports;

namespace PovertyEtl.Pipeline.Feedback.Samples.Model;

/// <summary>One listed household, synthetic; <see cref="Deprivations"/> has bit i set when deprived in the i-th indicator.</summary>
internal sealed record SampleHousehold(
    string Code,
    string CommuneCode,
    string HeadName,
    string IdNumber,
    int Members,
    Term Ethnicity,
    Area Area,
    decimal IncomeVnd,
    HouseholdCategory Category,
    Term Change,
    int Deprivations);
