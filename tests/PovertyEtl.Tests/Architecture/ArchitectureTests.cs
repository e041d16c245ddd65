using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Xunit;

namespace PovertyEtl.Tests.Architecture;

/// <summary>
/// The arrows of docs/architecture.md, checked on the built assemblies beside the compiler's own
/// guard (project references): a project may use only the parts to its left, reading knows no
/// rule catalogue, validation does no I/O and reads no clock, and SQL text lives only in the
/// warehouse.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Each part and the parts it may reference, directly or not (Domain ← Reading ← Validation ← Ingestion ← {Warehouse, Feedback} ← Portal ← executable).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["PovertyEtl.Domain"] = [],
        ["PovertyEtl.Reading"] = ["PovertyEtl.Domain"],
        ["PovertyEtl.Validation"] = ["PovertyEtl.Domain", "PovertyEtl.Reading"],
        ["PovertyEtl.Ingestion"] = ["PovertyEtl.Domain", "PovertyEtl.Reading", "PovertyEtl.Validation"],
        ["PovertyEtl.Warehouse"] = ["PovertyEtl.Domain", "PovertyEtl.Reading", "PovertyEtl.Validation", "PovertyEtl.Ingestion"],
        ["PovertyEtl.Feedback"] = ["PovertyEtl.Domain", "PovertyEtl.Reading", "PovertyEtl.Validation", "PovertyEtl.Ingestion"],
        ["PovertyEtl.Portal"] = ["PovertyEtl.Domain", "PovertyEtl.Reading", "PovertyEtl.Validation", "PovertyEtl.Ingestion", "PovertyEtl.Warehouse", "PovertyEtl.Feedback"],
    };

    public static TheoryData<string> Parts() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Parts))]
    public void APartReferencesOnlyThePartsToItsLeft(string part)
    {
        var used = Assembly.Load(part).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("PovertyEtl", StringComparison.Ordinal));
        Assert.Empty(used.Except(Allowed[part]));
    }

    [Fact]
    public void TheWarehouseAndFeedbackDoNotKnowEachOther()
    {
        Assert.DoesNotContain("PovertyEtl.Feedback", Allowed["PovertyEtl.Warehouse"]);
        Assert.DoesNotContain("PovertyEtl.Warehouse", Assembly.Load("PovertyEtl.Feedback").GetReferencedAssemblies().Select(a => a.Name));
        Assert.DoesNotContain("PovertyEtl.Feedback", Assembly.Load("PovertyEtl.Warehouse").GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void ReadingKnowsNoRuleCatalogue()
    {
        var types = TypeReferences("PovertyEtl.Reading");
        Assert.DoesNotContain(types, t => t.Namespace == "PovertyEtl.Domain.Findings");
    }

    [Fact]
    public void ValidationOpensNoFileReadsNoClockAndQueriesNoDatabase()
    {
        var types = TypeReferences("PovertyEtl.Validation");
        string[] forbidden = ["File", "FileInfo", "FileStream", "Directory", "DirectoryInfo", "StreamReader", "StreamWriter", "ZipArchive", "TimeProvider",
            "DbConnection", "DbCommand", "HttpClient"];
        Assert.Empty(types.Where(t => forbidden.Contains(t.Name)).Select(t => $"{t.Namespace}.{t.Name}"));
        var members = MemberReferences("PovertyEtl.Validation");
        Assert.DoesNotContain(members, m => m is "get_Now" or "get_UtcNow" or "get_Today");
    }

    [Fact]
    public void ReadingAndValidationLogNothingAndStoreNothing()
    {
        foreach (var part in new[] { "PovertyEtl.Domain", "PovertyEtl.Reading", "PovertyEtl.Validation" })
        {
            var referenced = Assembly.Load(part).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(referenced, n => n.StartsWith("Serilog", StringComparison.Ordinal) || n.StartsWith("Npgsql", StringComparison.Ordinal)
                                                   || n.StartsWith("DuckDB", StringComparison.Ordinal) || n.StartsWith("Dapper", StringComparison.Ordinal));
        }
    }

    /// <summary>SQL text (a statement in a string literal) appears only in the warehouse assembly; the migrations are its embedded resources.</summary>
    [Theory]
    [InlineData("PovertyEtl.Domain")]
    [InlineData("PovertyEtl.Reading")]
    [InlineData("PovertyEtl.Validation")]
    [InlineData("PovertyEtl.Ingestion")]
    [InlineData("PovertyEtl.Feedback")]
    [InlineData("PovertyEtl.Portal")]
    [InlineData("povertyetl")]
    public void SqlLivesOnlyInTheWarehouse(string part)
    {
        var statement = new Regex(@"\b(SELECT\s+[\w\*\.,\s\(\)]+\s+FROM\s+\w+\.\w+|INSERT\s+INTO|UPDATE\s+\w+\.\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|VIEW|SCHEMA))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var sql = UserStrings(part).Where(s => statement.IsMatch(s)).ToList();
        Assert.Empty(sql);
    }

    [Fact]
    public void TheSqlCheckFindsSqlWhereItIs()
    {
        // The warehouse holds SQL: the check above would see it (a check that cannot fail proves nothing).
        Assert.Contains(UserStrings("PovertyEtl.Warehouse"), s => s.Contains("INSERT INTO", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(TypeReferences("PovertyEtl.Validation"), t => t.Namespace == "PovertyEtl.Domain.Findings");
    }

    private static PEReader Open(string assembly) =>
        new(File.OpenRead(Path.Combine(AppContext.BaseDirectory, assembly + ".dll")));

    private static List<(string Namespace, string Name)> TypeReferences(string assembly)
    {
        using var pe = Open(assembly);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences.Select(h => metadata.GetTypeReference(h))
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name)))];
    }

    private static List<string> MemberReferences(string assembly)
    {
        using var pe = Open(assembly);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.MemberReferences.Select(h => metadata.GetString(metadata.GetMemberReference(h).Name))];
    }

    private static List<string> UserStrings(string assembly)
    {
        using var pe = Open(assembly);
        var metadata = pe.GetMetadataReader();
        var strings = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
            strings.Add(metadata.GetUserString(handle));
        return strings;
    }
}
