using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Writers;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Audit;

/// <summary>
/// GET /api/audit/export: the filtered audit log as CSV (RFC 4180) for auditors, newest first, with the
/// same filters as GET /api/audit. Written in chunks by id so a large log never sits in memory; the
/// export is itself audited before the first row leaves. Holds staff e-mails and client pseudonyms,
/// never a client's personal data.
/// </summary>
public static class AuditExport
{
    public const string Header =
        "id,at_utc,kind,user_id,user_email,client_id,client_pseudonym,fields,case_id,referral_id,subject_user_id,subject_user_email,detail,ip,source";

    private const int Chunk = 1000;

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> HandleAsync(Guid? userId, Guid? clientId,
        string? kind, DateTime? from, DateTime? to, SujuvaDb db, CurrentUser user, AuditTrail audit, CancellationToken ct)
    {
        if (AuditApi.Filter(userId, clientId, kind, from, to, out var filter) is { } refusal) return Problems.From(refusal);

        var rows = await filter.Apply(db).CountAsync(ct);
        await audit.RecordExportAsync(user.Id, Describe(filter, rows), ct);
        var emails = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        return TypedResults.Stream(stream => WriteAsync(stream, filter, db, emails, ct), "text/csv; charset=utf-8",
            $"audit-{audit.Now:yyyyMMdd-HHmm}.csv");
    }

    /// <summary>The audit entry's detail: the filter and the size, within the column's 200 characters.</summary>
    public static string Describe(AuditFilter filter, int rows)
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"audit log csv: user {filter.UserId?.Value.ToString() ?? "all"}, client {filter.ClientId?.Value.ToString() ?? "all"}, kind {filter.Kind?.ToString() ?? "all"}, {filter.From:yyyy-MM-ddTHH:mmZ}–{filter.To:yyyy-MM-ddTHH:mmZ}, {rows} rows");
        return text.Length <= 200 ? text : text[..200];
    }

    private static async Task WriteAsync(Stream stream, AuditFilter filter, SujuvaDb db, Dictionary<Guid, string> emails,
        CancellationToken ct)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: -1, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        long? before = null;
        while (true)
        {
            var query = filter.Apply(db);
            if (before is { } b) query = query.Where(e => e.Id < b);
            var chunk = await query.OrderByDescending(e => e.Id).Take(Chunk).ToListAsync(ct);
            if (chunk.Count == 0) break;
            var clientIds = chunk.Where(e => e.ClientId is not null).Select(e => e.ClientId!.Value).Distinct().ToList();
            var pseudonyms = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.Pseudonym, ct);
            foreach (var e in chunk) await writer.WriteAsync(Line(e, emails, pseudonyms));
            before = chunk[^1].Id;
        }
        await writer.FlushAsync(ct);
    }

    private static string Line(AuditEntry e, Dictionary<Guid, string> emails, Dictionary<ClientId, string> pseudonyms) =>
        string.Join(',', e.Id.ToString(CultureInfo.InvariantCulture), e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.Kind.ToString(), e.UserId?.Value.ToString() ?? "", CsvCell.Text(e.UserId is { } u ? emails.GetValueOrDefault(u.Value) : null),
            e.ClientId?.Value.ToString() ?? "", CsvCell.Text(e.ClientId is { } c ? pseudonyms.GetValueOrDefault(c) : null), CsvCell.Text(e.Fields),
            e.CaseId?.Value.ToString() ?? "", e.ReferralId?.Value.ToString() ?? "", e.SubjectUserId?.Value.ToString() ?? "",
            CsvCell.Text(e.SubjectUserId is { } s ? emails.GetValueOrDefault(s.Value) : null), CsvCell.Text(e.Detail), CsvCell.Text(e.Ip), CsvCell.Text(e.Source)) + "\r\n";
}
