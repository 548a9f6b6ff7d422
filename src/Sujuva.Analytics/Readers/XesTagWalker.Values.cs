using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>Keys, values, names and times of the current XES attribute element.</summary>
internal sealed partial class XesTagWalker
{
    private (string Name, XesKey Standard) Key()
    {
        if (!xml.TryGetAttribute("key"u8, out var key)) throw xml.Error("an XES attribute has no key");
        return _words.Key(key, xml);
    }

    private ReadOnlySpan<byte> Value() => xml.TryGetAttribute("value"u8, out var value) ? value : default;

    private string Text(ReadOnlySpan<byte> value)
    {
        if (value.Length > 64) return XmlTagReader.ToText(value, xml.Error);
        if (_values.TryGetValue(value, out var text)) return text;
        text = XmlTagReader.ToText(value, xml.Error);
        if (_values.Count < MaxPooledValues) _values.Add(value, text);
        return text;
    }

    private int Intern(ByteKeyTable<int> table, ReadOnlySpan<byte> value, NameTable names)
    {
        if (table.TryGetValue(value, out var id)) return id;
        id = names.Intern(XmlTagReader.ToText(value, xml.Error));
        table.Add(value, id);
        return id;
    }

    // PM4Py drops the offset (ReadOptions.Pm4PyCompat), so compat reading records none.
    private long Time(ReadOnlySpan<byte> value, out ushort offset)
    {
        if (!TimestampText.TryParse(value, out var parsed))
            throw xml.Error($"cannot read '{CsvEventLogReader.Clip(System.Text.Encoding.UTF8.GetString(value))}' as a timestamp "
                + "(XES uses ISO 8601, like 2026-11-23T14:05:00.000+02:00)");
        offset = options.Pm4PyCompat ? (ushort)0 : parsed.Offset(options.TimeZone).Code;
        return options.Pm4PyCompat ? parsed.ToCompatTicks(options.TimeZone) : parsed.ToUtcTicks(options.TimeZone);
    }

    private void ExpectEnd(XesElement element)
    {
        if (_words.Element(xml.Name) != element)
            throw xml.Error($"malformed XML: </{XmlTagReader.ToText(xml.Name, xml.Error)}> closes <{element.ToString().ToLowerInvariant()}>");
    }

    // Skips the current element's content (nested attributes, extensions), checking that tags match.
    private void SkipChildren()
    {
        if (xml.IsEmpty || xml.IsEnd) return;
        var open = new Stack<byte[]>();
        open.Push(xml.Name.ToArray());
        while (open.Count > 0)
        {
            if (!xml.Read()) throw xml.Error("the file ends inside an element (truncated?)");
            if (!xml.IsEnd) { if (!xml.IsEmpty) open.Push(xml.Name.ToArray()); continue; }
            if (!xml.Name.SequenceEqual(open.Pop())) throw xml.Error("malformed XML: an end tag does not match its start tag");
        }
    }

    private void EnsureEnd()
    {
        if (xml.Read()) throw xml.Error("malformed XML: content after </log>");
    }
}
