using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.EventLog;

/// <summary>docs/event-log.md is the public contract of the payloads (decision 0002): it must say what the records store.</summary>
public sealed partial class EventLogDocumentTests
{
    private static readonly Dictionary<string, HashSet<string>> Documented = ReadDocument();

    [Fact]
    public void Document_HasASectionForEveryEventType_AndNoOther() =>
        Assert.Equal(EventTypes.Records.Keys.Order(StringComparer.Ordinal), Documented.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Document_ListsEveryRecordsFields_WithWhetherTheyLeaveTheApp()
    {
        var differences = EventTypes.Records
            .SelectMany(r => Differences(r.Key, Fields(r.Value), Documented.GetValueOrDefault(r.Key) ?? []))
            .ToList();

        Assert.Empty(differences);
    }

    private static IEnumerable<string> Differences(string type, HashSet<string> stored, HashSet<string> documented) =>
        stored.Except(documented).Select(f => $"{type}: {f} is stored but not documented")
            .Concat(documented.Except(stored).Select(f => $"{type}: {f} is documented but not stored"));

    /// <summary>Each JSON field as "name | yes/no/as code", an array's item fields as "name[].field".</summary>
    private static HashSet<string> Fields(Type record)
    {
        var wholeShared = record.IsDefined(typeof(SharedAttribute), inherit: false);
        return [.. Of(record, "", p => wholeShared ? "yes" : Sharing(p))];
    }

    private static IEnumerable<string> Of(Type type, string prefix, Func<JsonPropertyInfo, string> sharing)
    {
        foreach (var p in StoredPayload.Options.GetTypeInfo(type).Properties)
        {
            yield return $"{prefix}{p.Name} | {sharing(p)}";
            if (ItemRecord(p.PropertyType) is { } item)
                foreach (var field in Of(item, $"{prefix}{p.Name}[].", sharing)) yield return field;
        }
    }

    private static Type? ItemRecord(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static string Sharing(JsonPropertyInfo p) =>
        (p.AttributeProvider as MemberInfo)?.GetCustomAttribute<SharedAttribute>() switch
        {
            null => "no",
            { AsCode: true } => "as code",
            _ => "yes",
        };

    private static Dictionary<string, HashSet<string>> ReadDocument()
    {
        var path = Path.Combine(SourceTree.Root, "docs", "event-log.md");
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal)) sections[line[4..].Trim()] = current = [];
            else if (line.StartsWith("## ", StringComparison.Ordinal)) current = null;
            else if (current is not null && FieldRow().Match(line) is { Success: true } row)
                current.Add($"{row.Groups["field"].Value} | {row.Groups["leaves"].Value.Trim()}");
        }
        return sections;
    }

    // | `field` | type | leaves the app | meaning |
    [GeneratedRegex(@"^\|\s*`(?<field>[^`]+)`\s*\|[^|]*\|(?<leaves>[^|]*)\|")]
    private static partial Regex FieldRow();
}
