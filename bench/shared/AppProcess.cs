using System.Diagnostics;
using System.Globalization;

namespace Sujuva.Bench;

/// <summary>The app as a child process on 127.0.0.1, with its start-up output kept for the demo sign-ins.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    public string Url { get; }
    public TimeSpan StartTime { get; private set; }

    private AppProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public static async Task<AppProcess> StartAsync(string appDll, string url, IDictionary<string, string> env,
        TimeSpan? startTimeout = null)
    {
        var info = new ProcessStartInfo("dotnet", [appDll, "--urls", url])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        foreach (var (key, value) in env) info.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        var app = new AppProcess(Process.Start(info)!, url);
        app._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (app._output) app._output.Add(e.Data); };
        app._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (app._output) app._output.Add(e.Data); };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        using var http = new HttpClient();
        while (clock.Elapsed < (startTimeout ?? TimeSpan.FromMinutes(3)))
        {
            if (app._process.HasExited) throw new InvalidOperationException("The app exited:\n" + app.Output);
            try
            {
                if ((await http.GetAsync(url + "/health")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(50);
        }
        app.StartTime = clock.Elapsed;
        return app;
    }

    /// <summary>Peak resident memory of the app (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
    }

    /// <summary>The first output line containing the text, waiting for it up to the timeout.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            lock (_output)
            {
                var line = _output.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
                if (line is not null) return line;
            }
            if (_process.HasExited) break;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"No \"{text}\" in the output:\n" + Output);
    }

    /// <summary>CPU time the app has used, to tell its own cost from a busy machine's.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>The e-mail on the start-up line that lists the demo Administrator.</summary>
    public string DemoEmail(string role)
    {
        for (var i = 0; i < 100; i++)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains("@demo.sujuva.fi", StringComparison.Ordinal) && l.Contains(role, StringComparison.Ordinal));
            if (line is not null) return line.Trim().Split(' ')[0];
            Thread.Sleep(100);
        }
        throw new InvalidOperationException("No demo sign-in in the output:\n" + Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
