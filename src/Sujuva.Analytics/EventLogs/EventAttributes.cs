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

    /// <summary>
    /// Child attributes of log attributes (XES meta-attributes, list and container entries), by key.
    /// Nesting is rare, so children live in side tables beside the columns, which stay flat and fast.
    /// </summary>
    public Dictionary<string, AttributeChildren> LogChildren { get; } = new(StringComparer.Ordinal);

    /// <summary>Child attributes of case attributes, by (case, key); the key may be a standard one (concept:name).</summary>
    public Dictionary<(int Case, string Key), AttributeChildren> CaseChildren { get; } = [];

    /// <summary>Child attributes of event attributes, by (event row, key); the key may be a standard one.</summary>
    public Dictionary<(int Event, string Key), AttributeChildren> EventChildren { get; } = [];

    /// <summary>The XES header (extensions, globals, classifiers) when the source was XES; null otherwise.</summary>
    public XesDeclarations? Xes { get; set; }

    /// <summary>How many attributes have children: what a format without nesting (CSV, OCEL) cannot carry.</summary>
    public int NestedCount => LogChildren.Count + CaseChildren.Count + EventChildren.Count;
}

/// <summary>XES attribute types; a list or container has no value of its own, only children.</summary>
public enum AttributeKind : byte { String, Int, Float, Boolean, Date, Id, List, Container }

/// <summary>One attribute value with the type the source gave it (XES string/int/float/boolean/date/id).</summary>
public readonly record struct AttributeValue(AttributeKind Kind, string Text);
