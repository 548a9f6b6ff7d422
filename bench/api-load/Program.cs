using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Sujuva.Bench.ApiLoad;
using Sujuva.Bench;

// Usage: dotnet run -c Release -- <app dll> <Sqlite|Postgres> [connection string] (see run.sh)
var appDll = Path.GetFullPath(args[0]);
var provider = args[1];
var folder = args.Length > 2 ? null : Directory.CreateTempSubdirectory("sujuva-bench-").FullName;
var connection = folder is null ? args[2] : $"Data Source={Path.Combine(folder, "sujuva.db")}";
AppDomain.CurrentDomain.ProcessExit += (_, _) => { if (folder is not null) Directory.Delete(folder, recursive: true); };
var clients = int.Parse(Environment.GetEnvironmentVariable("BENCH_CLIENTS") ?? "32");
var seconds = int.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "10");
const string Password = "Bench-pass-2026!";
const string Url = "http://127.0.0.1:5199";

await using var app = await AppProcess.StartAsync(appDll, Url, new Dictionary<string, string>
{
    ["Database__Provider"] = provider, ["ConnectionStrings__Sujuva"] = connection,
    ["Demo__Seed"] = "true", ["Demo__Password"] = Password, ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Logging__LogLevel__Default"] = "Information", ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
});
Console.WriteLine($"provider {provider}: first start (migrations + demo seeding) until /health answers: {app.StartTime.TotalSeconds:F1} s");

// The administrator only creates the services; case work is done by the team working them (a team lead).
using var admin = await AdminSignIn.EnrolAndSignInAsync(Url, app.DemoEmail("Administrator"), Password);
var lead = await Api.SignInAsync(Url, app.DemoEmail("TeamLead"), Password);
var moveService = await Api.CreateServiceAsync(admin, lead, "Bench moves");
var cases = await Api.OpenCasesAsync(lead, moveService.Id, clients * 8);
var stages = moveService.Stages.Select(s => s.Id).ToArray();
var before = await Api.LastEventIdAsync(lead);

// Each client moves its own 8 cases between the two stages, carrying the version it last saw.
var acknowledged = new ConcurrentDictionary<Guid, int>();
var latencies = new ConcurrentBag<double>();
var errors = 0;
var measuring = false;
using var stop = new CancellationTokenSource();
var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
{
    var mine = cases.Skip(w * 8).Take(8).ToArray();
    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        var c = mine[i % mine.Length];
        var target = c.StageId == stages[0] ? stages[1] : stages[0];
        var clock = Stopwatch.StartNew();
        var response = await lead.PostAsJsonAsync($"/api/cases/{c.Id}/moves", new { stageId = target, version = c.Version });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref errors);
            Console.Error.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            continue;
        }
        mine[i % mine.Length] = (await response.Content.ReadFromJsonAsync<CaseView>())!;
        acknowledged.AddOrUpdate(c.Id, 1, (_, n) => n + 1);
        if (Volatile.Read(ref measuring)) latencies.Add(elapsed);
    }
})).ToArray();
await Task.Delay(TimeSpan.FromSeconds(2));
var window = Stopwatch.StartNew();
var appCpu = app.CpuTime;
var databaseCpu = new DatabaseCpu(folder is null ? DatabaseCpu.DatabaseOf(connection) : null);
var dbCpu = databaseCpu.Total;
var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
Volatile.Write(ref measuring, true);
await Task.Delay(TimeSpan.FromSeconds(seconds));
Volatile.Write(ref measuring, false);
var measured = latencies.Count;
var elapsedWindow = window.Elapsed.TotalSeconds;
var appCpuPerMove = (app.CpuTime - appCpu).TotalMilliseconds / Math.Max(1, measured);
var dbCpuPerMove = (databaseCpu.Total - dbCpu).TotalMilliseconds / Math.Max(1, measured);
var benchCpuPerMove = (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalMilliseconds / Math.Max(1, measured);
await stop.CancelAsync();
await Task.WhenAll(workers);

var sorted = latencies.Order().ToArray();
double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine($"moves: {clients} clients, {measured} moves in {elapsedWindow:F1} s = {measured / elapsedWindow:F0} moves/s; "
    + $"p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms; errors {errors}; "
    + $"CPU per move: app {appCpuPerMove:F2} ms, database server {dbCpuPerMove:F2} ms, bench client {benchCpuPerMove:F2} ms; "
    + $"machine load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");

var logged = new Dictionary<Guid, int>();
await foreach (var e in Api.EventsAfterAsync(lead, before))
    if (e.Type == "CaseMoved" && e.CaseId is { } id) logged[id] = logged.GetValueOrDefault(id) + 1;
var lost = acknowledged.Count(a => logged.GetValueOrDefault(a.Key) != a.Value);
Console.WriteLine($"event log: {acknowledged.Values.Sum()} acknowledged moves, {logged.Values.Sum()} CaseMoved events, "
    + $"{lost} cases with a mismatch");

var boardService = await Api.CreateServiceAsync(admin, lead, "Bench board");
await Api.OpenCasesAsync(lead, boardService.Id, 500);
var boardTimes = new List<double>();
for (var i = 0; i < 220; i++)
{
    var clock = Stopwatch.StartNew();
    var body = await lead.GetStringAsync($"/api/services/{boardService.Id}/board");
    if (i >= 20) boardTimes.Add(clock.Elapsed.TotalMilliseconds);
    if (i == 0 && body.Split("\"caseId\"").Length - 1 != 500) throw new InvalidOperationException("Board is not 500 cases");
}
boardTimes.Sort();
Console.WriteLine($"board of 500 open cases: {boardTimes.Count} reads, p50 {boardTimes[boardTimes.Count / 2]:F1} ms, "
    + $"p95 {boardTimes[(int)Math.Ceiling(0.95 * boardTimes.Count) - 1]:F1} ms");
return errors == 0 && lost == 0 ? 0 : 1;
