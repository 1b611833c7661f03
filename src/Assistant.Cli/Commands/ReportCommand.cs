using System.CommandLine;
using System.Globalization;
using Assistant.Cli.Hosting;
using Assistant.Core.Conversations;
using Assistant.Core.Provinces;
using Assistant.Reporting;
using Assistant.Reporting.Docx;
using Assistant.Reporting.Figures;
using Assistant.Review;
using Assistant.Review.Workflow;
using Assistant.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Cli.Commands;

/// <summary>
/// <c>report --from yyyy-MM-dd --to yyyy-MM-dd [--province SLUG] --out FILE.docx</c>: the periodic report of the period
/// (both days included, in the dashboard's time zone) as a Word document, from the stores in the data folder.
/// </summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day, yyyy-MM-dd", Required = true };
        var to = new Option<string>("--to") { Description = "Last day (included), yyyy-MM-dd", Required = true };
        var province = new Option<string?>("--province") { Description = "Province slug (default: all)" };
        var output = new Option<string>("--out") { Description = "The .docx file to write", Required = true };
        var command = new Command("report", "Write the periodic report (questions, gaps, official answers, misinformation, plan targets) as a Word document") { from, to, province, output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(province), parse.GetValue(output)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string fromText, string toText, string? province, string output, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            Console.Error.WriteLine("Lỗi: --from và --to phải là ngày dạng yyyy-MM-dd.");
            return 1;
        }

        if (last < first)
        {
            Console.Error.WriteLine("Lỗi: --to phải sau hoặc bằng --from.");
            return 1;
        }

        await using var services = CliServices.Build(configure: s =>
        {
            s.AddSingleton<WebDatabase>();
            s.AddSingleton<ITurnQueries, SqliteTurnQueries>();
            s.AddInsights();
            s.AddReporting();
        });
        if (province is not null && services.GetRequiredService<ProvinceDirectory>().Find(province) is null)
        {
            Console.Error.WriteLine($"Lỗi: không có tỉnh, thành phố với mã \"{province}\".");
            return 1;
        }

        var zone = services.GetRequiredService<ReviewClock>().Zone;
        var start = Midnight(first, zone);
        var end = Midnight(last.AddDays(1), zone);
        var report = await services.GetRequiredService<PeriodicReportBuilder>().BuildAsync(ReviewActor.System, start, end, province, cancellationToken);
        var path = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            PeriodicReportDocument.Write(report, zone, file);
        }

        Console.WriteLine($"Đã ghi báo cáo: {path} ({report.Questions} câu hỏi, {report.Misinformation.Total} mục thông tin cần xem xét).");
        return 0;
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
