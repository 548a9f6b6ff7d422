using CsCheck;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Tests.Writers;

/// <summary>
/// <see cref="RandomLogs"/> with random attribute trees hung on log, case and event attributes
/// (standard ones too), top-level lists and containers, and a random XES header. From a seed.
/// </summary>
internal static class RandomNestedLogs
{
    private const string Alphabet = "abcÄö✓ &<>\"'\n\r\t-:";
    private static readonly string[] Keys = ["a", "b", "meta:x", "cost:amount", ""];
    private static readonly AttributeKind[] Kinds = Enum.GetValues<AttributeKind>();

    public static Gen<EventLog> Log { get; } = Gen.Int[0, int.MaxValue].Select(Build);

    public static EventLog Build(int seed)
    {
        var log = RandomLogs.Build(seed);
        var random = new Random(seed);
        var a = log.Attributes;
        for (var i = random.Next(3); i > 0; i--)
        {
            var key = "log" + i;
            a.Log[key] = Value(random, Kinds[random.Next(Kinds.Length)]);
            if (random.Next(2) == 0) a.LogChildren[key] = Children(random, 0);
        }
        var items = new AttributeValue?[log.EventCount];
        a.Event["items"] = items;
        for (var e = 0; e < log.EventCount; e++)
        {
            if (random.Next(3) == 0)
            {
                items[e] = new AttributeValue(random.Next(2) == 0 ? AttributeKind.List : AttributeKind.Container, "");
                a.EventChildren[(e, "items")] = Children(random, 0);
            }
            foreach (var key in (string[])["concept:name", "time:timestamp", .. a.Event.Where(kv => kv.Value[e] is not null).Select(kv => kv.Key)])
                if (random.Next(5) == 0) a.EventChildren[(e, key)] = Children(random, 0);
        }
        for (var c = 0; c < log.CaseCount; c++)
            foreach (var key in (string[])["concept:name", .. a.Case.Where(kv => kv.Value[c] is not null).Select(kv => kv.Key)])
                if (random.Next(4) == 0) a.CaseChildren[(c, key)] = Children(random, 0);
        if (random.Next(2) == 0) a.Xes = Header(random);
        return log;
    }

    private static XesDeclarations Header(Random random)
    {
        var xes = new XesDeclarations();
        for (var i = random.Next(3); i > 0; i--) xes.Extensions.Add(new XesExtension(Text(random), Text(random), "http://example.org/" + i));
        for (var i = random.Next(3); i > 0; i--)
            xes.Globals.Add(new XesGlobal(random.Next(3) switch { 0 => "trace", 1 => "event", _ => null }, [.. Nodes(random, 1)]));
        for (var i = random.Next(3); i > 0; i--)
            xes.Classifiers.Add(new XesClassifier(Text(random), "concept:name " + Text(random), random.Next(2) == 0 ? "event" : null));
        return xes;
    }

    private static AttributeChildren Children(Random random, int depth)
    {
        var children = new AttributeChildren();
        children.Meta.AddRange(Nodes(random, depth));
        if (random.Next(2) == 0) children.Values = [.. Nodes(random, depth)];
        // An attribute element with nothing inside reads back as one without children.
        if (children.IsEmpty) children.Meta.Add(new AttributeNode("meta:x", new AttributeValue(AttributeKind.Int, "1")));
        return children;
    }

    private static IEnumerable<AttributeNode> Nodes(Random random, int depth)
    {
        for (var i = random.Next(4); i > 0; i--)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var nested = depth < 3 && random.Next(3) == 0 ? Children(random, depth + 1) : null;
            yield return new AttributeNode(Keys[random.Next(Keys.Length)], Value(random, kind), nested);
        }
    }

    // Lists and containers carry no value; every other kind is text here (the readers keep it as written).
    private static AttributeValue Value(Random random, AttributeKind kind) =>
        new(kind, kind is AttributeKind.List or AttributeKind.Container ? "" : Text(random));

    private static string Text(Random random) =>
        new([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
}
