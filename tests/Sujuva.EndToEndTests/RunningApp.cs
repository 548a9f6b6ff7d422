using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sujuva.EndToEndTests;

/// <summary>
/// The real app as its own process (Kestrel on 127.0.0.1, a free port, a fresh SQLite file),
/// started from the build output so that static assets are served as a user gets them.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly TextWriter _log;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

    private RunningApp(Process process, Uri baseAddress, string dataDirectory, TextWriter log)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataDirectory = dataDirectory;
        _log = log;
    }

    public Uri BaseAddress { get; }

    public static async Task<RunningApp> StartAsync(IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("sujuva-e2e-").FullName;
        var (appDll, contentRoot) = LocateApp();
        var start = new ProcessStartInfo("dotnet", [appDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sujuva"] = $"Data Source={Path.Combine(data, "sujuva.db")}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        // The app's own log beside the screenshots: what the server did when a browser test failed.
        var log = TextWriter.Synchronized(new StreamWriter(Browser.ArtefactPath($"app-{port}.log")) { AutoFlush = true });
        var app = new RunningApp(process, new Uri($"http://127.0.0.1:{port}/"), data, log);
        process.OutputDataReceived += (_, e) => app.Logged(e.Data);
        process.ErrorDataReceived += (_, e) => app.Logged(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Seeding the demo network takes over two minutes on a busy two-core machine: wait for /health, not a guess.
        await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5));
        return app;
    }

    /// <summary>The app's log lines so far (stdout and stderr), for tests of what the server did.</summary>
    public IReadOnlyList<string> LogLines => [.. _lines];

    private void Logged(string? line)
    {
        if (line is null) return;
        _log.WriteLine(line);
        _lines.Enqueue(line);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it was healthy.");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app at {BaseAddress} was not healthy within {timeout}.");
    }

    /// <summary>The web project's own build output (same configuration as this test), run from its folder.</summary>
    private static (string AppDll, string ContentRoot) LocateApp()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sujuva.slnx"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Sujuva.slnx not found above " + AppContext.BaseDirectory);
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var contentRoot = Path.Combine(dir.FullName, "src", "Sujuva.Web");
        var dll = Path.Combine(contentRoot, "bin", configuration, "net10.0", "Sujuva.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"Build the web app first: {dll} is missing.");
        return (dll, contentRoot);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        await _log.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
