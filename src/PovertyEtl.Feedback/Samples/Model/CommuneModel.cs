using PovertyEtl.Domain.Reference;
using PovertyEtl.Domain.Reports;

namespace PovertyEtl.Feedback.Samples.Model;

/// <summary>
/// One commune's line of <c>TongHop</c> and what its household list and support lines must
/// agree with: the year-end stocks are the numbers of listed households, the ethnic-minority
/// count is that of the listed poor households whose head is not Kinh.
/// </summary>
internal sealed record CommuneModel(
    Commune Commune,
    Area Area,
    long TotalHouseholds,
    Flows Poor,
    Flows NearPoor,
    long PoorEthnicMinority,
    long PoorNoLabour,
    double MinorityShare,
    IReadOnlyList<SupportGrant> Support)
{
    /// <summary>Near-poor households with no member able to work: at most <see cref="NearPoor"/>'s year end.</summary>
    public long NearPoorNoLabour { get; init; }

    /// <summary>The poor and near-poor households the list names.</summary>
    public long Listed => Poor.End + NearPoor.End;
}

/// <summary>
/// A year's stocks and flows that balance: <c>start - escaped + new + returned = end</c>
/// (near-poor households do not "return": their <see cref="Returned"/> is 0).
/// </summary>
internal readonly record struct Flows(long Start, long Escaped, long New, long Returned, long End)
{
    public static Flows Balanced(long end, long escaped, long @new, long returned)
    {
        if (@new + returned > end) throw new ArgumentException("more households came in than are there at year end");
        return new Flows(end + escaped - @new - returned, escaped, @new, returned, end);
    }
}

/// <summary>One program's support in a commune: how many were reached and what it cost, in millions of đồng.</summary>
internal sealed record SupportGrant(Term Program, long Beneficiaries, decimal AmountMillionVnd);
