using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Network;

namespace Sujuva.Web.Features.Referrals;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.ClientPseudonym).HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DeclineReason).HasKnownEnumConversion(DeclineReason.Other).HasMaxLength(30);
        b.Property(r => r.DeclineNote).HasMaxLength(1000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.FromCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Service>().WithMany().HasForeignKey(r => r.ToServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.FromCaseId);
        b.HasIndex(r => r.NewCaseId);
        // A declined referral is sent again at most once: a second try would answer a stale page (409).
        b.HasIndex(r => r.ResendOfId).IsUnique();
        b.HasIndex(r => new { r.ToTeamId, r.Status });
        b.HasIndex(r => new { r.FromTeamId, r.Status });
    }
}
