using PovertyEtl.Validation;
using PovertyEtl.Tests.Support;
using Xunit;

namespace PovertyEtl.Tests.Validation;

/// <summary>
/// One row of the rule table: what is done to the tidy report, and the one finding that must
/// come of it: its rule, severity, cell (<c>""</c> for a whole file or sheet), the value it quotes,
/// and a piece of text its message must hold.
/// </summary>
public sealed record RuleCase(string Description, Action<TidyReport> Mutate, string Rule, Severity Severity, string Cell, string Value, string InMessage)
{
    public override string ToString() => $"{Rule}: {Description}";
}

/// <summary>The table of <see cref="RuleCase"/>s, written one per line.</summary>
public sealed class RuleCaseTable : TheoryData<RuleCase>
{
    public void Add(string description, Action<TidyReport> mutate, string rule, Severity severity, string cell, string value, string inMessage) =>
        Add(new RuleCase(description, mutate, rule, severity, cell, value, inMessage));
}
