namespace Sujuva.Analytics.Readers;

/// <summary>
/// The one exception a reader lets out: the file, where in it (line and column, the XML element, or a JSON path)
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

    /// <summary>Where in a JSON file, as a JSON path ("$.events[3].time"), which a parsed document knows and lines it does not.</summary>
    public EventLogFormatException(string file, string jsonPath, string problem, Exception? inner = null)
        : base($"{file}: at {jsonPath}: {problem}", inner)
    {
        File = file;
        JsonPath = jsonPath;
    }

    public string? File { get; }

    public string? JsonPath { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>1-based column (CSV: the field number; XML: the character position), or 0 when unknown.</summary>
    public long Column { get; }

    private static string Describe(string file, long line, long column, string problem) =>
        line > 0 && column > 0 ? $"{file}: line {line}, column {column}: {problem}"
        : line > 0 ? $"{file}: line {line}: {problem}"
        : $"{file}: {problem}";
}
