using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Sujuva.Bench.FlowScale;
using Sujuva.Bench;

// Usage: dotnet FlowScale.dll <app dll> <Sqlite|Postgres> <connection string> (see run.sh). An empty database is
// seeded with the 100,000-client demo on the first start; later runs reuse it.
var appDll = Path.GetFullPath(args[0]);
var (provider, connection) = (args[1], args[2]);
var repeats = int.Parse(Environment.GetEnvironmentVariable("BENCH_REPEATS") ?? "10", CultureInfo.InvariantCulture);
// BENCH_ONLY: comma-separated beginnings of the request names to time, e.g. "Flow API,Event-log".
var only = (Environment.GetEnvironmentVariable("BENCH_ONLY") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
var clients = Environment.GetEnvironmentVariable("BENCH_CLIENTS") ?? "100000";
// BENCH_MONTHS: months of simulated history (12 by default; 24 for the improvement charts' two years).
var months = Environment.GetEnvironmentVariable("BENCH_MONTHS") ?? "12";
var url = $"http://127.0.0.1:{Environment.GetEnvironmentVariable("BENCH_PORT") ?? "5233"}";
const string Password = "Sujuva-demo-2026!";
var env = new Dictionary<string, string>
{
    ["Database__Provider"] = provider, ["ConnectionStrings__Sujuva"] = connection, ["Demo__Seed"] = "true",
    ["Demo__Clients"] = clients, ["Demo__Months"] = months, ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Logging__LogLevel__Default"] = "Information", ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
    ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
};

var first = await AppProcess.StartAsync(appDll, url, env, TimeSpan.FromMinutes(60));
if (first.Output.Contains("Seeded the demo network", StringComparison.Ordinal))
{
    Console.WriteLine($"{provider}: seeded {clients} clients over {months} months, first start until /health answers: {first.StartTime.TotalSeconds:F0} s");
    Console.WriteLine("  " + (await first.WaitForLineAsync("Seeded the demo network", TimeSpan.FromSeconds(1))).Trim());
    // Measure a restart, as a server comes back, not the process that seeded.
    await first.WaitForLineAsync("Flow cache warmed", TimeSpan.FromMinutes(30));
    await first.DisposeAsync();
    first = await AppProcess.StartAsync(appDll, url, env, TimeSpan.FromMinutes(60));
}

await using var app = first;
var warm = Stopwatch.StartNew();
var warmed = await app.WaitForLineAsync("Flow cache warmed", TimeSpan.FromMinutes(30));
Console.WriteLine($"{provider}: start until /health answers {app.StartTime.TotalSeconds:F1} s; {warmed.Trim()}");
Console.WriteLine($"  (flow cache ready {warm.Elapsed.TotalSeconds + app.StartTime.TotalSeconds:F1} s after the process started)");

using var manager = await BenchSignIn.AsAsync(url, app.DemoEmail("Manager"), Password, timeout: TimeSpan.FromMinutes(5));
using var lead = await BenchSignIn.AsAsync(url, app.DemoEmail("TeamLead"), Password, timeout: TimeSpan.FromMinutes(5));
var to = DateOnly.FromDateTime(DateTime.UtcNow);
var period = $"from={to.AddDays(-364):yyyy-MM-dd}&to={to:yyyy-MM-dd}";

// The busiest service over the year: the worst case of "one service".
var services = (await manager.GetFromJsonAsync<List<Service>>("/api/services"))!;
var sizes = new List<(Service Service, int Cases)>();
foreach (var s in services)
{
    var view = JsonNode.Parse(await Api.GetAsync(manager, $"/api/metrics/flow?serviceId={s.Id}&{period}"))!;
    sizes.Add((s, view["closed"]!.GetValue<int>() + view["open"]!.GetValue<int>()));
}
var (service, cases) = sizes.MaxBy(x => x.Cases);
Console.WriteLine($"  {services.Count} services; busiest over the year: {service.Name} with {cases} cases");

Console.WriteLine($"\n| {provider}: request (one year, {repeats} repeats) | first ms | p50 ms | p95 ms | app CPU ms | KiB |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (name, path, n) in new (string, string, int)[]
{
    ("Flow API, one service", $"/api/metrics/flow?serviceId={service.Id}&{period}", repeats),
    ("Flow API, network", $"/api/metrics/flow?{period}", repeats),
    ("Flow dashboard API, one service", $"/api/metrics/flow/dashboard?scope=service&id={service.Id}&{period}", repeats),
    ("Flow dashboard API, network", $"/api/metrics/flow/dashboard?scope=network&{period}", repeats),
    ("Flow dashboard page, one service", $"/dashboards/flow?scope=service&id={service.Id}&{period}", repeats),
    ("Flow dashboard page, network", $"/dashboards/flow?scope=network&{period}", repeats),
    ("Network value stream page", $"/dashboards/network?{period}", repeats),
    ("Process map page, one service", $"/dashboards/process?serviceId={service.Id}&{period}", repeats),
    ("Event-log export (CSV), one service", $"/api/exports/eventlog?format=csv&serviceId={service.Id}&{period}", Math.Min(repeats, 3)),
}.Where(r => only.Length == 0 || only.Any(o => r.Item1.StartsWith(o, StringComparison.Ordinal))))
{
    try
    {
        Console.WriteLine(await Timing.MeasureAsync(manager, name, path, n, () => app.CpuTime));
    }
    catch (Exception e) when (e is InvalidOperationException or TaskCanceledException or HttpRequestException)
    {
        Console.WriteLine($"| {name} | {e.Message.Split('\n')[0][..Math.Min(80, e.Message.Length)]} | | | | |");
    }
}

if (only.Length == 0 || only.Any(o => "Improvement".StartsWith(o, StringComparison.Ordinal)))
{
    // The whole history as weekly points (the first full week on), the change a year before today.
    var from = to.AddMonths(-int.Parse(months, CultureInfo.InvariantCulture)).AddDays(7);
    var (improvement, measures) = await ImprovementBench.CreateAsync(manager, service.Id, from, to.AddDays(-364));
    var leadTime = measures[0];
    var (points, closed) = await ImprovementBench.SizeAsync(manager, $"/api/improvements/{improvement}/chart?measure={leadTime.Id}");
    Console.WriteLine($"\n  improvement on {service.Name} from {from:yyyy-MM-dd}: lead time's run chart has {points} weekly points of {closed} closed cases");
    // Warm: every chart and the page twice, so the JIT has compiled the series' loops at full speed before timing.
    for (var round = 0; round < 2; round++)
    {
        foreach (var (_, id) in measures) await Api.GetAsync(manager, $"/api/improvements/{improvement}/chart?measure={id}");
        await Api.GetAsync(manager, $"/improvements/{improvement}");
    }
    Console.WriteLine($"\n| {provider}: improvement request ({repeats} repeats) | first ms | p50 ms | p95 ms | app CPU ms | KiB |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var (kind, id) in measures)
    {
        foreach (var view in new[] { "frozen", "phases" })
            Console.WriteLine(await Timing.MeasureAsync(manager, $"Improvement chart API, {kind}, {view}",
                $"/api/improvements/{improvement}/chart?measure={id}&view={view}", repeats, () => app.CpuTime));
    }
    Console.WriteLine(await Timing.MeasureAsync(manager, "Improvement page (4 measures)", $"/improvements/{improvement}", repeats, () => app.CpuTime));
}

if (only.Length == 0 || only.Any(o => "Programme".StartsWith(o, StringComparison.Ordinal)))
    await ProgrammeBench.RunAsync(lead, url, provider, repeats, () => app.CpuTime);

var delays = new List<double>();
for (var i = 0; i < 3; i++) delays.Add((await Freshness.MeasureAsync(lead, manager)).TotalMilliseconds);
Console.WriteLine($"\n  a move on a board shows in the service's flow figures after {string.Join(", ", delays.Select(d => d.ToString("F0", CultureInfo.InvariantCulture)))} ms");
Console.WriteLine($"  peak memory of the app (VmHWM): {app.PeakMemoryMiB:F0} MiB");
