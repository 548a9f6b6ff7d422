namespace Sujuva.Web.Tests.Pages;

/// <summary>
/// Pages call operations and get an Outcome or a Refusal; only endpoints turn those into HTTP (Problems). A page
/// that matched Ok&lt;…&gt; or read a problem's code would break silently when an endpoint's answer changes.
/// </summary>
public sealed class PagesSeeNoHttpResultsTests
{
    private static readonly string[] Forbidden = ["IResult", "Ok<", "ProblemHttpResult", "Extensions[\"code\"]"];

    [Fact]
    public void Pages_AndTheirHelpers_MentionNoHttpResultOrProblemCode()
    {
        var web = SourceTree.Web;
        var pageFiles = Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        var found = pageFiles
            .SelectMany(f => Forbidden.Where(word => File.ReadAllText(f).Contains(word, StringComparison.Ordinal))
                .Select(word => $"{Path.GetRelativePath(web, f)}: {word}"))
            .ToList();

        Assert.NotEmpty(pageFiles);
        Assert.Contains(pageFiles, f => f.EndsWith("BoardSession.cs", StringComparison.Ordinal));
        Assert.Empty(found);
    }
}
