using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// Publish the blueprint of ServiceIds (in order) with the figures of From–To (local days, yyyy-MM-dd; the flow dashboard's
/// default quarter without them). BasedOn: the number of the latest version the publisher saw, 0 when there was none; a
/// version published meanwhile makes it a 409.
/// </summary>
public sealed record PublishBlueprintRequest([Text(TextLimits.Name)] string Title, IReadOnlyList<Guid> ServiceIds, int BasedOn,
    [Text(TextLimits.Word)] string? From = null, [Text(TextLimits.Word)] string? To = null);

/// <summary>A published version in a list: its number within its subject (ServiceIds, in order), title, publisher, period.</summary>
public sealed record BlueprintVersionSummary(Guid Id, int Number, string Title, IReadOnlyList<Guid> ServiceIds, DateTime PublishedAt,
    string PublishedBy, DateOnly From, DateOnly To);

/// <summary>A published version with its frozen model.</summary>
public sealed record BlueprintVersionView(BlueprintVersionSummary Version, BlueprintModel Model);

/// <summary>
/// One difference between two versions: Key names the item (service/lane/item[/figure]), Before and After its value
/// in each (invariant culture; null when the item is not in that version).
/// </summary>
public sealed record BlueprintChange(string Key, string? Before, string? After);

/// <summary>Two versions side by side (A the earlier as asked) and what differs between them.</summary>
public sealed record BlueprintComparison(BlueprintVersionView A, BlueprintVersionView B, IReadOnlyList<BlueprintChange> Changes);
