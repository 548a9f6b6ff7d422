using System.IO.Compression;
using System.Text.Json;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Writers;

namespace Sujuva.Analytics.Readers;

/// <summary>Reads and writes event log files: CSV, XES (.xes, .xes.gz) and OCEL 2.0 JSON.</summary>
public static class EventLogFiles
{
    /// <summary>
    /// Reads a whole log. Throws <see cref="EventLogFormatException"/> (file, line, column, problem)
    /// for anything wrong with the file, I/O errors included; never returns a partial log.
    /// </summary>
    public static EventLog Read(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var format = options.Format ?? FormatOf(path);
        var name = Path.GetFileName(path);
        try
        {
            if (format == EventLogFormat.Csv) return CsvParallelReader.Read(path, name, options);
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Stream stream = options.Progress is { } progress
                ? new SectionStream(file, long.MaxValue, new ProgressCounter(file.Length, progress)) : file;
            return Read(stream, name, format, options);
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new EventLogFormatException(name, 0, 0, $"cannot read the file: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new EventLogFormatException(name, 0, 0, $"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Reads a log from a stream; <paramref name="name"/> names it in error messages.</summary>
    public static EventLog Read(Stream stream, string name, EventLogFormat format, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        try
        {
            return format switch
            {
                EventLogFormat.Csv => CsvEventLogReader.Read(stream, name, options),
                EventLogFormat.Xes => XesEventLogReader.Read(stream, name, options),
                EventLogFormat.XesGz => ReadXesGz(stream, name, options),
                EventLogFormat.OcelJson => OcelJsonReader.Read(stream, name, options),
                _ => throw new ArgumentOutOfRangeException(nameof(format)),
            };
        }
        catch (InvalidDataException e)
        {
            throw new EventLogFormatException(name, 0, 0, $"the compressed data is damaged: {e.Message}", e);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or JsonException)
        {
            throw new EventLogFormatException(name, 0, 0, $"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Writes a log as CSV, XES (.xes.gz compressed) or OCEL 2.0 JSON; the format by extension unless given.</summary>
    public static void Write(EventLog log, string path, EventLogFormat? format = null)
    {
        var f = format ?? FormatOf(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(log, f == EventLogFormat.XesGz ? new GZipStream(file, CompressionLevel.Fastest) : file, f);
    }

    /// <summary>Writes a log to a stream (closed when done).</summary>
    public static void Write(EventLog log, Stream stream, EventLogFormat format)
    {
        switch (format)
        {
            case EventLogFormat.Csv: CsvEventLogWriter.Write(log, stream); break;
            case EventLogFormat.Xes or EventLogFormat.XesGz: XesEventLogWriter.Write(log, stream); break;
            case EventLogFormat.OcelJson: OcelJsonWriter.Write(log, stream); stream.Dispose(); break;
            default: throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    private static EventLog ReadXesGz(Stream stream, string name, ReadOptions options)
    {
        using var inflated = new ReadAheadStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true));
        return XesEventLogReader.Read(inflated, name, options);
    }

    /// <summary>The format from the file name: .xes, .xes.gz, .csv, .jsonocel or .json (OCEL 2.0).</summary>
    public static EventLogFormat FormatOf(string path)
    {
        var lower = path.ToLowerInvariant();
        if (lower.EndsWith(".xes.gz", StringComparison.Ordinal)) return EventLogFormat.XesGz;
        if (lower.EndsWith(".xes", StringComparison.Ordinal)) return EventLogFormat.Xes;
        if (lower.EndsWith(".csv", StringComparison.Ordinal) || lower.EndsWith(".tsv", StringComparison.Ordinal)
            || lower.EndsWith(".txt", StringComparison.Ordinal)) return EventLogFormat.Csv;
        if (lower.EndsWith(".jsonocel", StringComparison.Ordinal) || lower.EndsWith(".json", StringComparison.Ordinal))
            return EventLogFormat.OcelJson;
        throw new EventLogFormatException(Path.GetFileName(path), 0, 0,
            "unknown file type: name it .csv, .xes, .xes.gz, .jsonocel or .json, or give the format");
    }
}
