using System.Net;

namespace Sujuva.Cli.Reports;

internal static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
