using System.CommandLine;
using Assistant.Cli.Hosting;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary><c>user add|list|disable</c>: the review dashboard's accounts, in the same data folder as the web host.</summary>
public static class UserCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create() => new("user", "Manage review dashboard accounts") { Add(), List(), Disable() };

    private static Command Add()
    {
        var login = new Option<string>("--login") { Description = "Login name", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var role = new Option<string>("--role") { Description = "spokesperson or admin", Required = true };
        var province = new Option<string?>("--province") { Description = "Province slug a spokesperson answers for, e.g. can-tho" };
        var agency = new Option<string?>("--agency") { Description = "Agency, e.g. Sở GD&ĐT Cần Thơ" };
        var chat = new Option<string?>("--telegram-chat") { Description = "Telegram chat id for alerts" };
        var command = new Command("add", "Add an account (the password is hashed, never stored)") { login, passwordStdin, role, province, agency, chat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(passwordStdin))
            {
                Console.Error.WriteLine("Lỗi: hãy truyền mật khẩu qua đầu vào chuẩn với --password-stdin (không đặt mật khẩu trên dòng lệnh).");
                return 2;
            }

            var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
            await using var services = CliServices.Build();
            var error = await services.GetRequiredService<AccountService>().AddAsync(
                parse.GetValue(login)!, password, parse.GetValue(role)!, parse.GetValue(province), parse.GetValue(agency), parse.GetValue(chat), cancellationToken);
            if (error is not null)
            {
                Console.Error.WriteLine($"Lỗi: {error}");
                return 2;
            }

            Console.WriteLine($"Đã tạo tài khoản {parse.GetValue(login)}.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List accounts");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            foreach (var account in await services.GetRequiredService<IAccountStore>().ListAsync(cancellationToken))
            {
                Console.WriteLine($"{account.Login,-20} {account.Role,-13} {account.Province ?? "-",-16} {(account.Disabled ? "disabled" : "active"),-8} {(account.TelegramChat is null ? "" : "telegram")} {account.Agency}");
            }

            return 0;
        });
        return command;
    }

    private static Command Disable()
    {
        var login = new Option<string>("--login") { Description = "Login name", Required = true };
        var command = new Command("disable", "Disable an account (its sessions end at the next request)") { login };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build();
            if (!await services.GetRequiredService<IAccountStore>().DisableAsync(parse.GetValue(login)!, cancellationToken))
            {
                Console.Error.WriteLine($"Lỗi: không có tài khoản \"{parse.GetValue(login)}\".");
                return 2;
            }

            Console.WriteLine($"Đã khóa tài khoản {parse.GetValue(login)}.");
            return 0;
        });
        return command;
    }
}
