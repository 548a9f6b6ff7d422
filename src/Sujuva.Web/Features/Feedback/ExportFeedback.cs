using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Writers;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Feedback;

/// <summary>
/// GET /api/services/{serviceId}/feedback/export: a service's answers as CSV (RFC 4180) with
/// pseudonymous ids only. Team leads and network-wide roles (AuthPolicies.SeesTeamFigures); each export is audited.
/// </summary>
/// <summary>A feedback export: the file's bytes (UTF-8 with a byte order mark, for spreadsheets) and its name.</summary>
public sealed record FeedbackCsv(byte[] Content, string FileName)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

public static class ExportFeedback
{
    public const string Header = "answer_id,answered_at_utc,event,service_id,case_id,client_pseudonym,rating,recommendation,comment,language";

    /// <summary>The CSV of a service's answers, audited; a bad period is a 400, a service not the user's to read a 404.</summary>
    public static async Task<Outcome<FeedbackCsv>> ApplyAsync(
        Guid serviceId, string? from, string? to, SujuvaDb db, CurrentUser user, TimeProvider clock,
        AuditTrail audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(audit);
        if (Metrics.MetricsPeriod.TryParse(from, to, clock.GetUtcNow().UtcDateTime, out var period, ServiceFeedback.DefaultDays) is { } refusal)
            return refusal;
        var (first, last) = period;
        var query = await ServiceFeedback.AnswersAsync(db, user, new ServiceId(serviceId), new FeedbackFilter(first, last), ct);
        if (query is null) return Refusal.NotFound("serviceId");
        var answers = await query.OrderBy(a => a.AnsweredAt).ToListAsync(ct);

        await audit.RecordExportAsync(user.Id,
            FormattableString.Invariant($"feedback csv: service {serviceId}, {first:yyyy-MM-dd}–{last:yyyy-MM-dd}, {answers.Count} rows"), ct);

        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var a in answers)
        {
            csv.AppendJoin(',', a.Id.Value.ToString(), a.AnsweredAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                a.EventKind.ToString(), a.ServiceId.Value.ToString(), a.CaseId.Value.ToString(), CsvCell.Text(a.ClientPseudonym),
                a.Rating.ToString(CultureInfo.InvariantCulture), a.Recommendation?.ToString(CultureInfo.InvariantCulture) ?? "",
                CsvCell.Text(a.Comment), a.Language).Append("\r\n");
        }
        return new FeedbackCsv(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            $"feedback-{serviceId:N}-{first:yyyyMMdd}-{last:yyyyMMdd}.csv");
    }
}
