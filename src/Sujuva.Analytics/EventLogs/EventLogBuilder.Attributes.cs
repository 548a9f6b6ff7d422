namespace Sujuva.Analytics.EventLogs;

/// <summary>The builder's attribute columns: kept compact while reading, public and typed after Build.</summary>
public sealed partial class EventLogBuilder
{
    private readonly ValuePool _values = new();
    private readonly Dictionary<string, AttributeColumnBuilder> _eventColumns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AttributeColumnBuilder> _caseColumns = new(StringComparer.Ordinal);
    private bool _spent;

    /// <summary>Attributes keyed by source row (events) and by case index; reordered on build.</summary>
    public EventAttributes Attributes { get; } = new();

    /// <summary>Sets an event attribute of a source row (the row that Add returned).</summary>
    public void SetEventAttribute(string key, int row, AttributeValue value) => Column(_eventColumns, key).Set(row, value);

    /// <summary>Sets a case attribute (by case index).</summary>
    public void SetCaseAttribute(string key, int caseIndex, AttributeValue value) => Column(_caseColumns, key).Set(caseIndex, value);

    /// <summary>The column of an event attribute, for readers that set many values of few keys.</summary>
    internal AttributeColumnBuilder EventColumn(string key) => Column(_eventColumns, key);

    /// <summary>A shared copy of repeated attribute text (values repeat a lot in real logs).</summary>
    public string InternValue(ReadOnlySpan<char> text) => _values.Intern(text);

    private static AttributeColumnBuilder Column(Dictionary<string, AttributeColumnBuilder> columns, string key)
    {
        if (!columns.TryGetValue(key, out var column)) columns.Add(key, column = new AttributeColumnBuilder());
        return column;
    }

    private EventAttributes BuildAttributes(int[] order, int cases)
    {
        if (_spent) throw new InvalidOperationException("Build moves the event attributes set by SetEventAttribute: call it once.");
        var n = order.Length;
        var attributes = new EventAttributes();
        foreach (var (key, value) in Attributes.Log) attributes.Log[key] = value;
        MoveChildren(attributes, order);
        foreach (var (key, values) in Attributes.Case) attributes.Case[key] = Resize(values, cases);
        foreach (var (key, column) in _caseColumns)
        {
            var values = new AttributeValue?[cases];
            for (var c = 0; c < cases; c++) values[c] = column.Get(c);
            attributes.Case[key] = values;
        }
        foreach (var (key, values) in Attributes.Event)
        {
            var moved = new AttributeValue?[n];
            for (var i = 0; i < n; i++) moved[i] = order[i] < values.Length ? values[order[i]] : null;
            attributes.Event[key] = moved;
        }
        // Columns are independent: on two cores, half of them are moved by the other core. Each
        // compact column is let go once moved, so that the two forms never all coexist (memory).
        var keys = _eventColumns.Keys.ToArray();
        var columns = _eventColumns.Values.ToArray();
        if (columns.Length > 0) _spent = true;
        _eventColumns.Clear();
        var converted = new AttributeValue?[columns.Length][];
        Parallel.For(0, columns.Length, k =>
        {
            var column = columns[k];
            columns[k] = null!;
            var values = new AttributeValue?[n];
            for (var i = 0; i < n; i++) values[i] = column.Get(order[i]);
            converted[k] = values;
        });
        for (var k = 0; k < keys.Length; k++) attributes.Event[keys[k]] = converted[k];
        return attributes;
    }

    // Event children are keyed by source row until now; the log's rows are in case order.
    private void MoveChildren(EventAttributes attributes, int[] order)
    {
        attributes.Xes = Attributes.Xes;
        foreach (var (key, children) in Attributes.LogChildren) attributes.LogChildren[key] = children;
        foreach (var (at, children) in Attributes.CaseChildren) attributes.CaseChildren[at] = children;
        if (Attributes.EventChildren.Count == 0) return;
        var position = new int[order.Length];
        for (var i = 0; i < order.Length; i++) position[order[i]] = i;
        foreach (var ((row, key), children) in Attributes.EventChildren)
            if (row < position.Length) attributes.EventChildren[(position[row], key)] = children;
    }

    private static AttributeValue?[] Resize(AttributeValue?[] values, int length)
    {
        if (values.Length == length) return values;
        var resized = new AttributeValue?[length];
        Array.Copy(values, resized, Math.Min(values.Length, length));
        return resized;
    }
}
