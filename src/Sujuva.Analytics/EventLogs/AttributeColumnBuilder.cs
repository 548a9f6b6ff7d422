namespace Sujuva.Analytics.EventLogs;

/// <summary>
/// An attribute column while a log is read: text and kind per row (9 bytes, where a finished
/// AttributeValue? takes 24), turned into the public form once, in the log's final order.
/// </summary>
internal sealed class AttributeColumnBuilder
{
    private readonly ChunkedColumn<string?> _text = new();
    private readonly ChunkedColumn<AttributeKind> _kind = new();

    public void Set(int index, AttributeValue value)
    {
        _text.Set(index, value.Text);
        _kind.Set(index, value.Kind);
    }

    public AttributeValue? Get(int index) =>
        _text.GetOrDefault(index) is { } text ? new AttributeValue(_kind[index], text) : null;
}
