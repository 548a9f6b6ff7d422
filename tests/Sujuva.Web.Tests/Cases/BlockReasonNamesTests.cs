using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Tests.Cases;

/// <summary>A block reason's text: the network's name in the reader's language, falling back to Finnish, else the built-in text.</summary>
public sealed class BlockReasonNamesTests
{
    private static readonly DateTime At = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private static readonly UserId Admin = new(Guid.Parse("0195a1b2-0000-7000-8000-0000000000ad"));

    [Theory]
    [InlineData("fi", "Odottaa Kelan päätöstä")]
    [InlineData("sv", "Väntar på FPA:s beslut")]
    [InlineData("en", "Waiting for Kela's decision")]
    public void Of_NamedInEveryLanguage_IsTheReadersName(string language, string expected)
    {
        var names = Holding(Named(BlockReason.WaitingForDecision, "Odottaa Kelan päätöstä", "Väntar på FPA:s beslut", "Waiting for Kela's decision"));

        Assert.Equal(expected, In(language, () => names.Of(Strings(), BlockReason.WaitingForDecision)));
    }

    [Fact]
    public void Of_NamedOnlyInFinnish_IsTheFinnishNameInSwedish()
    {
        var names = Holding(Named(BlockReason.WaitingForDecision, "Odottaa Kelan päätöstä", null, " "));

        Assert.Equal("Odottaa Kelan päätöstä", In("sv", () => names.Of(Strings(), BlockReason.WaitingForDecision)));
    }

    [Theory]
    [InlineData("fi", "Odottaa asiakasta")]
    [InlineData("sv", "Väntar på klienten")]
    public void Of_NotNamedOrCleared_IsTheBuiltInText(string language, string expected)
    {
        var cleared = Named(BlockReason.WaitingForClient, "Asiakas ei vastaa", null, null);
        cleared.Clear(Admin, At);
        var names = Holding(cleared, Named(BlockReason.WaitingForDecision, "Odottaa Kelan päätöstä", null, null));

        Assert.Equal(expected, In(language, () => names.Of(Strings(), BlockReason.WaitingForClient)));
    }

    [Fact]
    public void Of_StoredTextThatIsNoCode_IsOthersName()
    {
        var names = Holding(Named(BlockReason.Other, "Muu este", null, null));

        Assert.Equal("Muu este", In("fi", () => names.Of(Strings(), "Ville Virtanen in hospital")));
    }

    [Fact]
    public void Rename_FinnishNameBlank_IsRefusedNamingTheField()
    {
        var named = new BlockReasonName(BlockReason.Other);

        Assert.Equal(("name", "BlockReasons.NameMissing"), named.Rename(" ", "Annat", null, Admin, At) is { } r ? (r.Field, r.Code) : default);
        Assert.Equal(0, named.Version);
    }

    /// <summary>
    /// Only BlockReasonNames reads the built-in texts: a page that read "BlockReason.{code}" itself would not show
    /// the names the administrator entered.
    /// </summary>
    [Fact]
    public void Sources_OnlyBlockReasonNamesReadsTheBuiltInTexts()
    {
        var web = SourceTree.Web;
        var readers = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"BlockReason.", StringComparison.Ordinal)
                || File.ReadAllText(f).Contains("$\"BlockReason.{", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .ToList();

        Assert.Equal(["Features/Cases/BlockReasonNames.cs"], readers);
    }

    internal static BlockReasonName Named(BlockReason reason, string fi, string? sv, string? en)
    {
        var named = new BlockReasonName(reason);
        Assert.Null(named.Rename(fi, sv, en, Admin, At));
        return named;
    }

    /// <summary>Names held as if just loaded (no database: the clock stands still, so they never go stale).</summary>
    internal static BlockReasonNames Holding(params BlockReasonName[] named)
    {
        var names = new BlockReasonNames(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            new FakeTimeProvider(At), NullLogger<BlockReasonNames>.Instance);
        names.Use(named);
        return names;
    }

    private static IStringLocalizer<Strings> Strings() =>
        new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T In<T>(string language, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try { return read(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }
}
