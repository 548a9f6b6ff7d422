using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.Readers;

namespace Sujuva.Benchmarks.Readers;

/// <summary>
/// Each reader on the same in-process log (no shared files):
/// dotnet run -c Release --project bench/Sujuva.Benchmarks -- --filter '*Reader*' (add --job dry for a smoke run).
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _csv = [];
    private byte[] _xes = [];
    private byte[] _xesGz = [];
    private byte[] _ocel = [];
    private string _csvFile = "";

    [Params(20_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var log = SyntheticLog.Make(Events);
        _csv = Bytes(log, EventLogFormat.Csv);
        _xes = Bytes(log, EventLogFormat.Xes);
        _ocel = Bytes(log, EventLogFormat.OcelJson);
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(_xes);
        _xesGz = packed.ToArray();
        _csvFile = Path.Combine(Path.GetTempPath(), $"sujuva-bench-{Environment.ProcessId}.csv");
        File.WriteAllBytes(_csvFile, _csv);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_csvFile);

    [Benchmark]
    public int Csv() => Read(_csv, EventLogFormat.Csv);

    /// <summary>From a file: the path that splits large files over two threads.</summary>
    [Benchmark]
    public int CsvFile() => EventLogFiles.Read(_csvFile).EventCount;

    [Benchmark]
    public int Xes() => Read(_xes, EventLogFormat.Xes);

    [Benchmark]
    public int XesGz() => Read(_xesGz, EventLogFormat.XesGz);

    [Benchmark]
    public int XesPm4PyCompat() =>
        EventLogFiles.Read(new MemoryStream(_xes), "bench", EventLogFormat.Xes, new ReadOptions { Pm4PyCompat = true }).EventCount;

    [Benchmark]
    public int OcelJson() => Read(_ocel, EventLogFormat.OcelJson);

    private static int Read(byte[] bytes, EventLogFormat format) =>
        EventLogFiles.Read(new MemoryStream(bytes), "bench", format).EventCount;

    private static byte[] Bytes(EventLog log, EventLogFormat format)
    {
        var stream = new MemoryStream();
        EventLogFiles.Write(log, stream, format);
        return stream.ToArray();
    }
}
