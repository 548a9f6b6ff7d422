using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Sujuva.Bench.ApiLoad;
using Sujuva.Bench;

// Usage: dotnet run -c Release -- <app dll> <Sqlite|Postgres> [connection string] (see run.sh)
var appDll = Path.GetFullPath(args[0]);
var provider = args[1];
var folder = args.Length > 2 ? null : Directory.CreateTempSubdirectory("sujuva-bench-").FullName;
var connection = folder is null ? args[2] : $"Data Source={Path.Combine(folder, "sujuva.db")}";
AppDomain.CurrentDomain.ProcessExit += (_, _) => { if (folder is not null) Directory.Delete(folder, recursive: true); };
var clients = int.Parse(Environment.GetEnvironmentVariable("BENCH_CLIENTS") ?? "32", CultureInfo.InvariantCulture);
var seconds = int.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "10", CultureInfo.InvariantCulture);
var rate = int.Parse(Environment.GetEnvironmentVariable("BENCH_RATE") ?? "1000", CultureInfo.InvariantCulture);
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
var lead = await BenchSignIn.AsAsync(Url, app.DemoEmail("TeamLead"), Password);
var moveService = await Api.CreateServiceAsync(admin, lead, "Bench moves");
var cases = await Api.OpenCasesAsync(lead, moveService.Id, clients * 8);
var stages = moveService.Stages.Select(s => s.Id).ToArray();
var before = await Api.LastEventIdAsync(lead);

// First as fast as the clients can (saturation), then at the rate the service must sustain.
var load = new MoveLoad(lead, cases, stages, clients);
var databaseCpu = new DatabaseCpu(folder is null ? DatabaseCpu.DatabaseOf(connection) : null);
(TimeSpan, TimeSpan) Cpu() => (app.CpuTime, databaseCpu.Total);
var window = TimeSpan.FromSeconds(seconds);
Report("as fast as they can", await load.RunAsync(null, TimeSpan.FromSeconds(2), window, Cpu));
Report($"paced at {rate} moves/s", await load.RunAsync(rate, TimeSpan.FromSeconds(2), window, Cpu));

void Report(string mode, MoveLoadResult r) => Console.WriteLine(
    $"moves, {mode}: {clients} clients, {r.Moves} moves in {r.Seconds:F1} s = {r.PerSecond:F0} moves/s; "
    + $"p50 {r.Percentile(0.50):F1} ms, p95 {r.Percentile(0.95):F1} ms, p99 {r.Percentile(0.99):F1} ms; errors {r.Errors}; "
    + $"CPU per move: app {r.AppCpu.TotalMilliseconds / Math.Max(1, r.Moves):F2} ms, database server {r.DatabaseCpu.TotalMilliseconds / Math.Max(1, r.Moves):F2} ms, "
    + $"bench client {r.BenchCpu.TotalMilliseconds / Math.Max(1, r.Moves):F2} ms; "
    + $"machine load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");

var logged = new Dictionary<Guid, int>();
await foreach (var e in Api.EventsAfterAsync(lead, before))
    if (e.Type == "CaseMoved" && e.CaseId is { } id) logged[id] = logged.GetValueOrDefault(id) + 1;
var lost = load.Acknowledged.Count(a => logged.GetValueOrDefault(a.Key) != a.Value);
Console.WriteLine($"event log: {load.Acknowledged.Values.Sum()} acknowledged moves, {logged.Values.Sum()} CaseMoved events, "
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
Console.WriteLine($"board of 500 open cases: {boardTimes.Count} reads, p50 {BenchSignIn.Percentile(boardTimes, 0.5):F1} ms, "
    + $"p95 {BenchSignIn.Percentile(boardTimes, 0.95):F1} ms");
return load.Errors == 0 && lost == 0 ? 0 : 1;
