using System.Globalization;
using Sujuva.Web.Features.Audit;

namespace Sujuva.Web.Features.EventLog;

/// <summary>What one export contained, for the audit trail: who, what scope and period, how much.</summary>
public sealed record EventLogExport(UserId By, string Format, Guid? ServiceId, DateOnly From, DateOnly To, int Cases, int Events, DateTime At);

/// <summary>Every export is audited (issue: "every export is audited"); the one place that records it.</summary>
public sealed class ExportAudit(AuditTrail audit)
{
    public Task RecordAsync(EventLogExport export, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(export);
        var what = string.Create(CultureInfo.InvariantCulture,
            $"event log {export.Format}: service {export.ServiceId?.ToString() ?? "all"}, {export.From:yyyy-MM-dd}–{export.To:yyyy-MM-dd}, {export.Cases} cases, {export.Events} events");
        return audit.RecordExportAsync(export.By, what, ct);
    }
}
