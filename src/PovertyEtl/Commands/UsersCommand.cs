using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PovertyEtl.Hosting;
using PovertyEtl.Output;
using PovertyEtl.Portal.Accounts;
using PovertyEtl.Warehouse.Portal;
using Serilog;

namespace PovertyEtl.Commands;

/// <summary>
/// <c>users add LOGIN --unit CODE [--role officer|province|admin] --password-stdin</c>,
/// <c>users list</c>, <c>users disable LOGIN</c>, <c>users password LOGIN --password-stdin</c>:
/// the portal's accounts. A password is read from standard input only (never an argument, which
/// other users of the machine can see), hashed, and never printed or logged.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Quản lý tài khoản cổng nộp báo cáo.") { Add(), List(), Disable(), Password() };
        return command;
    }

    private static Command Add()
    {
        var login = LoginArgument();
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị của tài khoản: huyện (3 chữ số, đến 2024), tỉnh (2 chữ số) hoặc xã (5 chữ số, từ 2025).", Required = true };
        var role = new Option<string>("--role") { Description = "Vai trò: officer (cán bộ nộp báo cáo, mặc định), province (xem cả tỉnh), admin.", DefaultValueFactory = _ => "officer" };
        role.AcceptOnlyFromAmong("officer", "province", "admin");
        var stdin = PasswordStdin();
        var command = new Command("add", "Tạo tài khoản; mật khẩu đọc từ đầu vào chuẩn (--password-stdin).") { login, unit, role, stdin };
        command.SetAction((parse, cancellation) => RunAsync(parse, "users add", async services =>
        {
            if (!parse.GetValue(stdin)) return Refuse("Hãy đưa mật khẩu qua đầu vào chuẩn với --password-stdin / give the password on standard input with --password-stdin");
            var code = parse.GetValue(unit)!;
            var change = await services.GetRequiredService<PortalAccounts>().AddAsync(parse.GetValue(login)!, code,
                AccountRoleCodes.FromCode(parse.GetValue(role)!)!.Value, ReadPassword(), cancellation);
            return Report(change, parse.GetValue(login)!, code, "Đã tạo tài khoản / account added");
        }, cancellation));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Liệt kê các tài khoản (không bao giờ in mật khẩu).");
        command.SetAction((parse, cancellation) => RunAsync(parse, "users list", async services =>
        {
            var accounts = await services.GetRequiredService<PortalAccounts>().ListAsync(cancellation);
            var reference = services.GetRequiredService<ReferenceData>();
            TextTable.Write(Console.Out, ["login", "unit", "unit_name", "role", "disabled", "locked_until"],
                [.. accounts.Select(a => new object?[] { a.Login, a.UnitCode, AccountUnit.Describe(a.UnitCode, reference), a.Role.Code(), a.Disabled, a.LockedUntil })]);
            return ExitCodes.Ok;
        }, cancellation));
        return command;
    }

    private static Command Disable()
    {
        var login = LoginArgument();
        var command = new Command("disable", "Khoá tài khoản: không đăng nhập được nữa; các báo cáo đã nộp vẫn được giữ.") { login };
        command.SetAction((parse, cancellation) => RunAsync(parse, "users disable", async services =>
            Report(await services.GetRequiredService<PortalAccounts>().DisableAsync(parse.GetValue(login)!, cancellation), parse.GetValue(login)!, null,
                "Đã khoá tài khoản / account disabled"), cancellation));
        return command;
    }

    private static Command Password()
    {
        var login = LoginArgument();
        var stdin = PasswordStdin();
        var command = new Command("password", "Đặt mật khẩu mới (đọc từ đầu vào chuẩn) và mở khoá đăng nhập sai nhiều lần.") { login, stdin };
        command.SetAction((parse, cancellation) => RunAsync(parse, "users password", async services =>
        {
            if (!parse.GetValue(stdin)) return Refuse("Hãy đưa mật khẩu qua đầu vào chuẩn với --password-stdin / give the password on standard input with --password-stdin");
            return Report(await services.GetRequiredService<PortalAccounts>().SetPasswordAsync(parse.GetValue(login)!, ReadPassword(), cancellation),
                parse.GetValue(login)!, null, "Đã đặt mật khẩu mới / password set");
        }, cancellation));
        return command;
    }

    private static Argument<string> LoginArgument() => new("LOGIN") { Description = "Tên đăng nhập (chữ, số, . _ - @)." };

    private static Option<bool> PasswordStdin() => new("--password-stdin") { Description = "Đọc mật khẩu từ dòng đầu tiên của đầu vào chuẩn." };

    private static async Task<int> RunAsync(ParseResult parse, string name, Func<IServiceProvider, Task<int>> work, CancellationToken cancellation)
    {
        using var app = AppHost.Start(parse, name);
        // The accounts live in the warehouse: its schema is brought up to date first, as every loading command does.
        app.Services.GetRequiredService<WarehouseAccess>().OpenReady().Dispose();
        var exit = await work(app.Services);
        app.Services.GetRequiredService<ILogger>().Information("Command {Command} ended with {ExitCode}", name, exit);
        return exit;
    }

    /// <summary>The first line of standard input, its line ending removed; empty when there is none.</summary>
    private static string ReadPassword() => (Console.In.ReadLine() ?? string.Empty).TrimEnd('\r', '\n');

    private static int Report(AccountChange change, string login, string? unit, string done)
    {
        switch (change)
        {
            case AccountChange.Done:
                Console.WriteLine($"{done}: {login}");
                return ExitCodes.Ok;
            case AccountChange.UnknownUnit:
                return Refuse($"Mã đơn vị {unit} không có trong danh mục hành chính (huyện 3 chữ số đến 2024, tỉnh 2 chữ số, xã 5 chữ số từ 2025) / unknown unit {unit}");
            case AccountChange.UnitDoesNotFitRole:
                return Refuse($"Tài khoản province và admin thuộc một tỉnh (mã 2 chữ số), không phải {unit} / province and admin accounts belong to a province");
            case AccountChange.LoginTaken:
                return Refuse($"Tên đăng nhập {login} đã có / login {login} is taken");
            case AccountChange.EmptyPassword:
                return Refuse("Mật khẩu trống / the password is empty");
            case AccountChange.NoSuchAccount:
                return Refuse($"Không có tài khoản {login} / no account {login}");
            case AccountChange.BadLogin:
                return Refuse($"Tên đăng nhập chỉ gồm chữ, số và . _ - @, tối đa {PortalAccounts.LongestLogin} ký tự / a login is letters, digits and . _ - @");
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.UsageError;
    }
}
