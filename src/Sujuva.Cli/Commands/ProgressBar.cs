using System.Globalization;

namespace Sujuva.Cli.Commands;

/// <summary>
/// A one-line progress bar on stderr, redrawn only when the percentage changes. Unless forced, files under
/// 16 MB read too fast for a bar to help, so none is drawn.
/// </summary>
internal sealed class ProgressBar(TextWriter error, bool forced)
{
    private const int Width = 30;
    private const long LargeFile = 16 << 20;
    private int _shown = -1;

    public void Report(long read, long total)
    {
        if (total <= 0 || (!forced && total < LargeFile)) return;
        var percent = (int)Math.Clamp(100 * read / total, 0, 100);
        if (percent == _shown) return;
        _shown = percent;
        var filled = percent * Width / 100;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {percent,3}% {read / 1e6:0.0}/{total / 1e6:0.0} MB"));
        error.Flush();
    }

    public void Done()
    {
        if (_shown < 0) return;
        error.Write('\r' + new string(' ', Width + 30) + '\r');
        error.Flush();
    }
}
