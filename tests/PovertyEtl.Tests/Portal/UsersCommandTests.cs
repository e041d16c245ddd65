using PovertyEtl.Portal.Accounts;
using PovertyEtl.Tests.Support;
using PovertyEtl.Warehouse;
using Xunit;

namespace PovertyEtl.Tests.Portal;

/// <summary><c>povertyetl users</c>: accounts made, listed, disabled and given new passwords by the real executable; refusals are exit 2.</summary>
public sealed class UsersCommandTests
{
    private static Dictionary<string, string> Environment(ScratchFolder folder) =>
        new() { ["POVERTYETL__Warehouse__ConnectionString"] = TestWarehouse.ConnectionString(TestWarehouse.DuckDb, folder.Path) };

    private static CliResult Users(ScratchFolder folder, string input, params string[] arguments) =>
        CliRunner.RunWithInput(folder.Path, Environment(folder), input, ["users", .. arguments]);

    [Fact]
    public async Task AnAccountIsAddedListedWithItsUnitAndKeepsOnlyAHashOfItsPassword()
    {
        using var folder = new ScratchFolder();
        var added = Users(folder, "mat-khau-bi-mat\n", "add", "cb849", "--unit", "849", "--password-stdin");
        Assert.Equal(0, added.ExitCode);
        Assert.Equal(0, Users(folder, "quan-tri\n", "add", "admin", "--unit", "84", "--role", "admin", "--password-stdin").ExitCode);

        var list = Users(folder, string.Empty, "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("cb849", list.Output, StringComparison.Ordinal);
        Assert.Contains("Huyện Trà Cú (849)", list.Output, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Trà Vinh (84)", list.Output, StringComparison.Ordinal);
        Assert.Contains("admin", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("mat-khau-bi-mat", list.Output + list.Error + added.Output + added.Error + Logs(folder), StringComparison.Ordinal);

        using var warehouse = WarehouseFactory.OpenForPortal(Environment(folder)["POVERTYETL__Warehouse__ConnectionString"], TimeProvider.System);
        var account = (await warehouse.FindAccountAsync("cb849", CancellationToken.None))!;
        Assert.NotEqual("mat-khau-bi-mat", account.PasswordHash);
        Assert.True(PasswordHashing.Verify(account, "mat-khau-bi-mat"));
        Assert.False(PasswordHashing.Verify(account, "another"));
    }

    [Fact]
    public void AnUnknownUnitADuplicateLoginAndAnEmptyPasswordAreRefusedWithExit2()
    {
        using var folder = new ScratchFolder();
        Assert.Equal(0, Users(folder, "pw\n", "add", "cb849", "--unit", "849", "--password-stdin").ExitCode);

        var unknown = Users(folder, "pw\n", "add", "x", "--unit", "999", "--password-stdin");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("999", unknown.Error, StringComparison.Ordinal);
        var duplicate = Users(folder, "pw\n", "add", "cb849", "--unit", "842", "--password-stdin");
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("cb849", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(2, Users(folder, "\n", "add", "y", "--unit", "849", "--password-stdin").ExitCode);
        Assert.Equal(2, Users(folder, "pw\n", "add", "z", "--unit", "849").ExitCode);
        Assert.Equal(2, Users(folder, "pw\n", "add", "tinh", "--unit", "849", "--role", "province", "--password-stdin").ExitCode);
        Assert.Equal(2, Users(folder, "pw\n", "add", "w", "--unit", "849", "--role", "boss", "--password-stdin").ExitCode);
        Assert.DoesNotContain("z", Users(folder, string.Empty, "list").Output.Split('\n').Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public async Task AnAccountIsDisabledAndGivenANewPassword()
    {
        using var folder = new ScratchFolder();
        Assert.Equal(0, Users(folder, "cu\n", "add", "cb849", "--unit", "849", "--password-stdin").ExitCode);
        Assert.Equal(0, Users(folder, "moi\n", "password", "cb849", "--password-stdin").ExitCode);
        Assert.Equal(2, Users(folder, "\n", "password", "cb849", "--password-stdin").ExitCode);
        Assert.Equal(2, Users(folder, "moi\n", "password", "nobody", "--password-stdin").ExitCode);
        Assert.Equal(0, Users(folder, string.Empty, "disable", "cb849").ExitCode);
        Assert.Equal(2, Users(folder, string.Empty, "disable", "nobody").ExitCode);

        using var warehouse = WarehouseFactory.OpenForPortal(Environment(folder)["POVERTYETL__Warehouse__ConnectionString"], TimeProvider.System);
        var account = (await warehouse.FindAccountAsync("cb849", CancellationToken.None))!;
        Assert.True(account.Disabled);
        // A disabled account signs in with no password, the right one included.
        Assert.False(PasswordHashing.Verify(account, "moi"));
        Assert.True(PasswordHashing.Verify(account with { Disabled = false }, "moi"));
        Assert.False(PasswordHashing.Verify(account with { Disabled = false }, "cu"));
    }

    private static string Logs(ScratchFolder folder) =>
        Directory.Exists(Path.Combine(folder.Path, "logs"))
            ? string.Concat(Directory.GetFiles(Path.Combine(folder.Path, "logs")).Select(File.ReadAllText))
            : string.Empty;
}
