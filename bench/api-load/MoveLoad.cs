using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sujuva.Bench.ApiLoad;

/// <summary>What one load phase measured.</summary>
public sealed record MoveLoadResult(int Moves, int Errors, double Seconds, double[] SortedLatencies, TimeSpan AppCpu, TimeSpan DatabaseCpu, TimeSpan BenchCpu)
{
    public double PerSecond => Moves / Seconds;

    public double Percentile(double p) => BenchSignIn.Percentile(SortedLatencies, p);
}

/// <summary>
/// Clients moving their own cases between two stages, carrying the version they last saw.
/// Without a rate each client sends its next move as soon as the last is answered (saturation).
/// With a rate, the clients together send that many moves per second on a fixed schedule, and a
/// move's latency counts from when it was due, not from when it was sent: a slow answer delays the
/// client's next moves, and that wait is counted (no coordinated omission).
/// </summary>
public sealed class MoveLoad(HttpClient http, IReadOnlyList<CaseView> cases, Guid[] stages, int clients)
{
    private readonly CaseView[] _cases = [.. cases];

    public ConcurrentDictionary<Guid, int> Acknowledged { get; } = new();
    public int Errors => _errors;
    private int _errors;

    public async Task<MoveLoadResult> RunAsync(double? perSecond, TimeSpan warmUp, TimeSpan window, Func<(TimeSpan App, TimeSpan Db)> cpu)
    {
        var latencies = new ConcurrentBag<double>();
        var errorsBefore = Errors;
        var measuring = false;
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var perCase = _cases.Length / clients;
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var interval = perSecond is { } r ? TimeSpan.FromSeconds(clients / r) : TimeSpan.Zero;
            var due = interval * w / clients;
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                if (perSecond is not null)
                {
                    due += interval;
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }
                var start = perSecond is null ? clock.Elapsed : due;
                var index = w * perCase + i % perCase;
                if (await MoveAsync(index) && Volatile.Read(ref measuring))
                    latencies.Add((clock.Elapsed - start).TotalMilliseconds);
            }
        })).ToArray();
        await Task.Delay(warmUp);
        var (app0, db0) = cpu();
        var bench0 = Process.GetCurrentProcess().TotalProcessorTime;
        var from = clock.Elapsed;
        Volatile.Write(ref measuring, true);
        await Task.Delay(window);
        Volatile.Write(ref measuring, false);
        var seconds = (clock.Elapsed - from).TotalSeconds;
        var (app1, db1) = cpu();
        var bench1 = Process.GetCurrentProcess().TotalProcessorTime;
        var moves = latencies.Count;
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        return new MoveLoadResult(moves, Errors - errorsBefore, seconds, [.. latencies.Order()], app1 - app0, db1 - db0, bench1 - bench0);
    }

    private async Task<bool> MoveAsync(int index)
    {
        var c = _cases[index];
        var target = c.StageId == stages[0] ? stages[1] : stages[0];
        // With its length, as browsers and most API clients send JSON (PostAsJsonAsync would send it chunked).
        using var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { stageId = target, version = c.Version }, Api.Json));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await http.PostAsync($"/api/cases/{c.Id}/moves", body);
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _errors);
            await Console.Error.WriteLineAsync($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return false;
        }
        _cases[index] = (await response.Content.ReadFromJsonAsync<CaseView>())!;
        Acknowledged.AddOrUpdate(c.Id, 1, (_, n) => n + 1);
        return true;
    }
}
