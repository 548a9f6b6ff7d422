using Sujuva.Analytics.EventLogs;
using static Sujuva.Analytics.Writers.XesAttributeWriter;

namespace Sujuva.Analytics.Writers;

/// <summary>
/// The XES header in the standard's order (extensions, globals, classifiers): as read when the
/// log came from XES, else the four extensions the writer uses and globals from the columns.
/// </summary>
internal static class XesHeaderWriter
{
    private static readonly XesExtension[] Standard =
    [
        new("Concept", "concept", "http://www.xes-standard.org/concept.xesext"),
        new("Time", "time", "http://www.xes-standard.org/time.xesext"),
        new("Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext"),
        new("Organizational", "org", "http://www.xes-standard.org/org.xesext"),
    ];

    public static void Write(StreamWriter w, EventLog log)
    {
        var xes = log.Attributes.Xes;
        foreach (var extension in xes?.Extensions ?? [.. Standard]) Extension(w, extension);
        if (xes is null)
        {
            Globals(w, "trace", log.Attributes.Case);
            Globals(w, "event", log.Attributes.Event);
            return;
        }
        foreach (var global in xes.Globals) Global(w, global);
        foreach (var classifier in xes.Classifiers) Classifier(w, classifier);
    }

    private static void Extension(StreamWriter w, XesExtension extension)
    {
        w.Write("  <extension name=\"");
        Escape(w, extension.Name);
        w.Write("\" prefix=\"");
        Escape(w, extension.Prefix);
        w.Write("\" uri=\"");
        Escape(w, extension.Uri);
        w.Write("\"/>\n");
    }

    private static void Global(StreamWriter w, XesGlobal global)
    {
        w.Write("  <global");
        if (global.Scope is { } scope)
        {
            w.Write(" scope=\"");
            Escape(w, scope);
            w.Write('"');
        }
        w.Write(">\n");
        foreach (var node in global.Attributes) Attribute(w, 2, node.Key, node.Value, node.Children);
        w.Write("  </global>\n");
    }

    private static void Classifier(StreamWriter w, XesClassifier classifier)
    {
        w.Write("  <classifier name=\"");
        Escape(w, classifier.Name);
        w.Write('"');
        if (classifier.Scope is { } scope)
        {
            w.Write(" scope=\"");
            Escape(w, scope);
            w.Write('"');
        }
        w.Write(" keys=\"");
        Escape(w, classifier.Keys);
        w.Write("\"/>\n");
    }

    private static void Globals(StreamWriter w, string scope, Dictionary<string, AttributeValue?[]> columns)
    {
        if (columns.Count == 0) return;
        w.Write($"  <global scope=\"{scope}\">\n");
        foreach (var (key, values) in columns)
        {
            var kind = Array.Find(values, v => v is not null)?.Kind ?? AttributeKind.String;
            Attribute(w, 2, key, new AttributeValue(kind, Default(kind)));
        }
        w.Write("  </global>\n");
    }

    private static string Default(AttributeKind kind) => kind switch
    {
        AttributeKind.Int => "0",
        AttributeKind.Float => "0.0",
        AttributeKind.Boolean => "false",
        AttributeKind.Date => "1970-01-01T00:00:00.000+00:00",
        _ => "",
    };
}
