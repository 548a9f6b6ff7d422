using System.Globalization;
using Sujuva.Analytics.EventLogs;

namespace Sujuva.Analytics.Readers;

/// <summary>
/// Text values of one CSV attribute column; its type is inferred once at the end (int, float,
/// boolean, date, else string) so that XES→CSV→XES keeps typed attributes typed.
/// </summary>
internal sealed class AttributeColumn(string key, bool isCase)
{
    private string?[] _values = new string?[1024];

    public string Key { get; } = key;

    public bool IsCase { get; } = isCase;

    public void Set(int index, string value)
    {
        if (index >= _values.Length) Array.Resize(ref _values, Math.Max(index + 1, _values.Length * 2));
        if (!IsCase || _values[index] is null) _values[index] = value;
    }

    /// <summary>Adds a later part's values: rows shifted by <paramref name="rowOffset"/>, cases mapped.</summary>
    public void Append(AttributeColumn later, int rowOffset, int[] caseMap)
    {
        for (var i = 0; i < later._values.Length; i++)
            if (later._values[i] is { } v) Set(IsCase ? caseMap[i] : rowOffset + i, v);
    }

    public AttributeValue?[] ToValues(int length)
    {
        var kind = Infer(_values.AsSpan(0, Math.Min(length, _values.Length)));
        var result = new AttributeValue?[length];
        for (var i = 0; i < Math.Min(length, _values.Length); i++)
            if (_values[i] is { } text) result[i] = new AttributeValue(kind, text);
        return result;
    }

    public static AttributeKind Infer(ReadOnlySpan<string?> values)
    {
        bool isInt = true, isFloat = true, isBool = true, isDate = true, any = false;
        string? last = null;
        foreach (var v in values)
        {
            if (v is null || ReferenceEquals(v, last)) continue;
            last = v;
            any = true;
            if (isInt) isInt = long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
            if (isFloat) isFloat = double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            if (isBool) isBool = v is "true" or "false" or "True" or "False" or "TRUE" or "FALSE";
            if (isDate) isDate = TimestampText.TryParse(v, out _);
            if (!(isInt || isFloat || isBool || isDate)) return AttributeKind.String;
        }
        return !any ? AttributeKind.String
            : isInt ? AttributeKind.Int
            : isFloat ? AttributeKind.Float
            : isBool ? AttributeKind.Boolean
            : isDate ? AttributeKind.Date
            : AttributeKind.String;
    }
}
