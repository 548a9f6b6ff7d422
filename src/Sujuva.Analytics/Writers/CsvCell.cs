namespace Sujuva.Analytics.Writers;

/// <summary>One CSV cell as every CSV Sujuva writes it: event logs, chart tables and the exports.</summary>
public static class CsvCell
{
    /// <summary>RFC 4180: a text holding the delimiter, a quote or a line break is quoted, its quotes doubled.</summary>
    public static string Quoted(string text, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(delimiter, '"', '\n') < 0 && !text.Contains('\r', StringComparison.Ordinal)) return text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// Free text that people typed, for a spreadsheet: RFC 4180 quoting, and a text starting with = + - @ or
    /// a control character gets a leading apostrophe so that a spreadsheet shows it as text instead of running
    /// it as a formula (OWASP CSV injection). Not for event logs, whose values must read back unchanged.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return Quoted(text);
    }
}
