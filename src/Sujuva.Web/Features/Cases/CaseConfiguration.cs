using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Clients;

namespace Sujuva.Web.Features.Cases;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(c => c.ClientPseudonym).HasMaxLength(20);
        b.Property(c => c.Outcome).HasKnownEnumConversion(Outcome.Other).HasMaxLength(30);
        // The column once held free text: such a row reads as Other (KnownEnumConversion), never as its text.
        b.Property(c => c.BlockedReason).HasMaxLength(500).HasKnownEnumConversion(BlockReason.Other);
        b.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId);
        b.Navigation(c => c.Notes).HasField("_notes");
        // The version the request saw must still be the stored one when the update runs:
        // two concurrent moves that both read it cannot both win.
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId);
        b.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId);
        b.HasOne<Stage>().WithMany().HasForeignKey(c => c.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.StageId, c.ClosedAt });
        b.HasIndex(c => new { c.ServiceId, c.ClosedAt });
    }
}
