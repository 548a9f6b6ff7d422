using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Data.DemoNetwork;

public sealed partial class DemoReplay
{
    private readonly List<BlockReasonName> _blockReasonNames = [];

    public IEnumerable<BlockReasonName> BlockReasonNames => _blockReasonNames;

    /// <summary>
    /// What a network of employment and rehabilitative services would call two of its reasons, in Finnish, Swedish
    /// and English: rehabilitative work activity waits for a medical statement, and a client waits for mental health
    /// or substance abuse services before the work can go on. The other reasons keep the built-in texts.
    /// </summary>
    private void NameBlockReasons(UserId by, DateTime at)
    {
        Name(BlockReason.WaitingForDocuments, "Odottaa lääkärinlausuntoa tai liitteitä",
            "Väntar på läkarutlåtande eller bilagor", "Waiting for a medical statement or attachments");
        Name(BlockReason.WaitingForOtherService, "Odottaa mielenterveys- tai päihdepalvelua",
            "Väntar på mentalvårds- eller missbrukstjänster", "Waiting for mental health or substance abuse services");
        Collect();

        void Name(BlockReason reason, string fi, string sv, string en)
        {
            var named = Keep(new BlockReasonName(reason));
            if (named.Rename(fi, sv, en, by, at) is { } refusal) throw new InvalidOperationException(refusal.Message);
            _blockReasonNames.Add(named);
        }
    }
}
