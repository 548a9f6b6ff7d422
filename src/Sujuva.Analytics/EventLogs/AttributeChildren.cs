namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// What an XES attribute holds inside it (XES 1849-2016 §5): meta-attributes (of any attribute,
/// and the entries of a container), in source order; and for a list, the entries of its
/// &lt;values&gt; element, in order (keys may repeat). Values is null when there was no &lt;values&gt;
/// (read under any attribute, not only lists, so that whatever the model holds, XES carries).
/// </summary>
public sealed class AttributeChildren
{
    public List<AttributeNode> Meta { get; } = [];

    public List<AttributeNode>? Values { get; set; }

    public bool IsEmpty => Meta.Count == 0 && Values is null;
}

/// <summary>A child attribute: its key, typed value and, rarely, children of its own.</summary>
public sealed record AttributeNode(string Key, AttributeValue Value, AttributeChildren? Children = null);
