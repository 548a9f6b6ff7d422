namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// The header of an XES log (XES 1849-2016 §5.1): extensions, globals and classifiers, as the
/// source had them, so that writing XES again gives them back instead of the writer's defaults.
/// </summary>
public sealed class XesDeclarations
{
    public List<XesExtension> Extensions { get; } = [];

    /// <summary>Each &lt;global&gt; element with its scope (null when it had none) and default attributes.</summary>
    public List<XesGlobal> Globals { get; } = [];

    public List<XesClassifier> Classifiers { get; } = [];
}

public sealed record XesExtension(string Name, string Prefix, string Uri);

public sealed record XesGlobal(string? Scope, List<AttributeNode> Attributes);

/// <summary>A classifier: its name, space-separated attribute keys, and scope (null when it had none).</summary>
public sealed record XesClassifier(string Name, string Keys, string? Scope);
