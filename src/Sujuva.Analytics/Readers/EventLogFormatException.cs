namespace Sujuva.Analytics.Readers;

/// <summary>
/// The one exception a reader lets out: the file, where in it (line and column, or the XML element)
/// and what is wrong. A reader that throws returns no log at all, never a partial one.
/// </summary>
public sealed class EventLogFormatException : Exception
{
    public EventLogFormatException(string message) : base(message) { }

    public EventLogFormatException(string message, Exception innerException) : base(message, innerException) { }

    public EventLogFormatException() { }

    public EventLogFormatException(string file, long line, long column, string problem, Exception? inner = null)
        : base(Describe(file, line, column, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string? File { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>1-based column (CSV: the field number; XML: the character position), or 0 when unknown.</summary>
    public long Column { get; }

    private static string Describe(string file, long line, long column, string problem) =>
        line > 0 && column > 0 ? $"{file}: line {line}, column {column}: {problem}"
        : line > 0 ? $"{file}: line {line}: {problem}"
        : $"{file}: {problem}";
}
