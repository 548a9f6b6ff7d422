using Sujuva.Web.Data;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Tests.Platform;

public sealed class InputRulesTests
{
    [Theory]
    [InlineData("Jono", null)]
    [InlineData("Jono\tA", "Input.BadCharacter")]
    [InlineData("a\u0000b", "Input.BadCharacter")]
    [InlineData("😀 emoji", null)]
    public void Check_SingleLineText_RefusesControlCharactersAndLoneSurrogates(string text, string? code) =>
        Assert.Equal(code, new TextAttribute(20).Check(text)?.Code);

    /// <summary>Built at run time: attribute arguments cannot carry a lone surrogate.</summary>
    [Fact]
    public void Check_LoneSurrogate_IsRefused() =>
        Assert.Equal("Input.BadCharacter", new TextAttribute(20).Check("a" + (char)0xD800 + "b")?.Code);

    [Fact]
    public void Check_MultilineText_KeepsLineBreaksAndTabsButNotNul()
    {
        var rule = new TextAttribute(50) { Multiline = true };
        Assert.Null(rule.Check("rivi\r\nrivi\tsarake"));
        Assert.Equal("Input.BadCharacter", rule.Check("a\u0000")?.Code);
        Assert.Equal("Input.TooLong", rule.Check(new string('x', 51))?.Code);
    }

    [Fact]
    public void Check_UnknownStageKindInAList_NamesTheItemsField()
    {
        var request = new CreateServiceRequest(Guid.NewGuid(), "Palvelu", [new("Jono", StageKind.Waiting), new("Työ", (StageKind)99)]);

        var broken = InputRules.Check(request, "", request.GetType(), []);

        Assert.Equal(("stages[1].kind", "Input.UnknownValue"), (broken?.Field, broken?.Code));
    }

    [Fact]
    public void Check_NullItemAndOutOfRangeWipLimit_AreNamed()
    {
        var nullItem = new CreateServiceRequest(Guid.NewGuid(), "Palvelu", [null!]);
        var zeroLimit = new CreateServiceRequest(Guid.NewGuid(), "Palvelu", [new("Jono", StageKind.Waiting, 0)]);

        Assert.Equal("stages[0]", InputRules.Check(nullItem, "", nullItem.GetType(), [])?.Field);
        Assert.Equal("stages[0].wipLimit", InputRules.Check(zeroLimit, "", zeroLimit.GetType(), [])?.Field);
    }

    [Theory]
    [InlineData("Working", StageKind.Working)]
    [InlineData("-1", StageKind.Waiting)]
    [InlineData("99", StageKind.Waiting)]
    [InlineData("Sideways", StageKind.Waiting)]
    public void Read_StoredStageKind_UnknownBecomesTheFallback(string stored, StageKind read) =>
        Assert.Equal(read, KnownEnumConversion.Read(stored, StageKind.Waiting));
}
