using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Model;

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
