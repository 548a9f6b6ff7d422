extern alias web;

using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using web::Sujuva.Web.Data;
using web::Sujuva.Web.Features.Access;
using web::Sujuva.Web.Features.Audit;
using web::Sujuva.Web.Features.Auth;
using web::Sujuva.Web.Features.Clients;
using web::Sujuva.Web.Platform;

namespace Sujuva.Benchmarks.Access;

/// <summary>
/// The cost of auditing a list of 100 clients' names (GET /api/services/{id}/clients): the same list
/// with and without its 100 audit entries, on a SQLite file in WAL mode as the app runs it, and on
/// PostgreSQL when SUJUVA_BENCH_POSTGRES is set. Each iteration is one call and none is dropped as an
/// outlier, so P95 is the request's P95.
/// Run: dotnet run -c Release --project bench/Sujuva.Benchmarks -- --filter '*AuditedList*'
/// </summary>
[Config(typeof(PerCall))]
public class AuditedListBenchmarks
{
    private AuditedListDatabase _database = null!;
    private ServiceProvider _services = null!;
    private PersonalDataAccess _access = null!;
    private AuditTrail _audit = null!;
    private AccessGrant[] _grants = [];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    public static IEnumerable<string> Providers =>
        Environment.GetEnvironmentVariable("SUJUVA_BENCH_POSTGRES") is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];

    [GlobalSetup]
    public void Setup()
    {
        _database = AuditedListDatabase.CreateAsync(Provider).GetAwaiter().GetResult();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider, ["ConnectionStrings:Sujuva"] = _database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddHttpContextAccessor().AddSingleton(TimeProvider.System);
        services.AddSujuvaDatabase(config, new BenchHost());
        services.AddSujuvaAccess(config);
        _services = services.BuildServiceProvider();
        _access = _services.GetRequiredService<PersonalDataAccess>();
        _audit = _services.GetRequiredService<AuditTrail>();
        _database.SeedAsync(_services).GetAwaiter().GetResult();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        _grants = [.. _access.GrantsAsync(db, _database.Worker, _database.OpenCaseClientsAsync(db).GetAwaiter().GetResult(),
            CancellationToken.None).GetAwaiter().GetResult().Values];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The endpoint's own read (visibility, grants, names, sort) without its audit write.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ListWithoutAudit()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var read = await ServiceClients.ReadAsync(db, _database.Worker, _access, _database.ServiceId, CancellationToken.None);
        return read?.Views.Count ?? -1;
    }

    /// <summary>GET /api/services/{id}/clients as the endpoint runs it: the same read, then 100 audit entries.</summary>
    [Benchmark]
    public async Task<int> ListWithAudit()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        var result = await ServiceClients.ListAsync(_database.ServiceId.Value, db, _database.Worker, _access, _audit,
            CancellationToken.None);
        return result.Result is Microsoft.AspNetCore.Http.HttpResults.Ok<List<ServiceClientView>> ok ? ok.Value!.Count : -1;
    }

    /// <summary>The list read, then its audit write on a fresh context (isolates SQLite cache effects).</summary>
    [Benchmark]
    public async Task<int> ListThenAuditApart()
    {
        var count = await ListWithoutAudit();
        await _audit.RecordReadsAsync(_database.Worker, _grants, ClientFields.Name);
        return count;
    }

    /// <summary>The audit write alone: 100 entries, as ListWithAudit adds them.</summary>
    [Benchmark]
    public Task AuditWriteOnly() => _audit.RecordReadsAsync(_database.Worker, _grants, ClientFields.Name);

    private sealed class PerCall : ManualConfig
    {
        public PerCall()
        {
            // Every call counts: BenchmarkDotNet drops upper outliers by default, which would hide the tail P95 is about.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(30).WithIterationCount(300)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }

    private sealed class BenchHost : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Sujuva.Benchmarks";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
