namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// Attributes beyond the standard columns: log-level, per case and per event, each a typed
/// value column (null where a row lacks it). Kept so that CSV/XES/OCEL round trips lose nothing.
/// </summary>
public sealed class EventAttributes
{
    public static EventAttributes None => new();

    public Dictionary<string, AttributeValue> Log { get; } = new(StringComparer.Ordinal);

    /// <summary>Per attribute key: one value per case (index = case).</summary>
    public Dictionary<string, AttributeValue?[]> Case { get; } = new(StringComparer.Ordinal);

    /// <summary>Per attribute key: one value per event (index = event row).</summary>
    public Dictionary<string, AttributeValue?[]> Event { get; } = new(StringComparer.Ordinal);
}

public enum AttributeKind : byte { String, Int, Float, Boolean, Date, Id }

/// <summary>One attribute value with the type the source gave it (XES string/int/float/boolean/date/id).</summary>
public readonly record struct AttributeValue(AttributeKind Kind, string Text);
