namespace Sujuva.Web.Features.Exports;

/// <summary>What one export contained, for the audit trail: who, what scope and period, how much.</summary>
public sealed record EventLogExport(UserId By, string Format, Guid? ServiceId, DateOnly From, DateOnly To, int Cases, int Events, DateTime At);

/// <summary>Every export is audited (issue: "every export is audited"); the one place that records it.</summary>
public sealed class ExportAudit(ILogger<ExportAudit> log)
{
    public Task RecordAsync(EventLogExport export, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(export);
        log.LogInformation("Event log exported by {UserId}: {Format}, service {ServiceId}, {From}–{To}, {Cases} cases, {Events} events at {At}",
            export.By.Value, export.Format, export.ServiceId, export.From, export.To, export.Cases, export.Events, export.At);
        return Task.CompletedTask;
    }
}
