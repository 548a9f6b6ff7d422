using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Analytics.Readers;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.EventLog;

public static class ExportsApi
{
    public static void MapExportsApi(this IEndpointRouteBuilder api) =>
        api.MapGroup("/exports").WithTags("Exports").MapGet("/eventlog", EventLogAsync).WithExportBudget()
            .RequireAuthorization(AuthPolicies.SeesTeamFigures);

    /// <summary>
    /// The live event log of one service (or every service the user sees) as XES, CSV or OCEL 2.0 JSON,
    /// pseudonymous only: the cases that were open at any time in [from, to], with their events up to the
    /// end of to. Workers may not export (AuthPolicies.SeesTeamFigures); team leads export their teams' services.
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> EventLogAsync(
        string? format, string? serviceId, string? from, string? to, SujuvaDb db, FlowCache cache, Pseudonyms pseudonyms,
        ExportAudit audit, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var kind = format?.ToLowerInvariant() switch
        {
            "xes" => EventLogFormat.Xes,
            "csv" => EventLogFormat.Csv,
            "ocel" => EventLogFormat.OcelJson,
            _ => (EventLogFormat?)null,
        };
        if (kind is null) return Problems.BadField("format", "Exports.BadFormat", "format is xes, csv or ocel.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period) is { } refusal) return Problems.From(refusal);
        var scope = await FlowScope.ResolveAsync(db, user, serviceId is null ? FlowScopeKind.Network : FlowScopeKind.Service,
            Guid.TryParse(serviceId, out var id) ? id : Guid.Empty, ct);
        if (scope is null) return Problems.NotFound("serviceId");

        var (start, end) = (DayCount.StartOfDayUtc(period.From), DayCount.StartOfDayUtc(period.To.AddDays(1)));
        var flow = await cache.CurrentAsync(db, ct);
        // An export is case by case: only the cases the user may see one by one.
        var cases = FlowReport.CaseIdsIn(flow, scope.CaseDetail, start, end).ToHashSet();
        var events = await ExportEvents.ReadAsync(db, cases, scope.CaseDetail is null, end, ct);
        var names = await db.Services.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var log = ExportedLog.Build(events, await FlowCache.StagesAsync(db, ct), names, pseudonyms);

        await audit.RecordAsync(new EventLogExport(user.Id, format!, scope.Id, period.From, period.To, log.CaseCount, log.EventCount, now), ct);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        EventLogFiles.Write(log, new KeepOpen(file), kind.Value);
        file.Position = 0;
        var (type, extension) = kind switch
        {
            EventLogFormat.Xes => ("application/xml", "xes"),
            EventLogFormat.Csv => ("text/csv", "csv"),
            _ => ("application/json", "jsonocel"),
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"sujuva-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.{extension}");
        return TypedResults.File(file, type, name);
    }

    /// <summary>The writers close their stream when done; the temporary file must stay open to be sent.</summary>
    private sealed class KeepOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
        protected override void Dispose(bool disposing) => inner.Flush();
    }
}
