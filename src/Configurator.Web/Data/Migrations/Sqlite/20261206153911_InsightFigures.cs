using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsightFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ContractValue",
                table: "ProposalRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "DifferentiationShare",
                table: "ProposalRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "DiscountPercent",
                table: "ProposalRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "RecommendedOption",
                table: "ProposalRevisions",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ItemCode",
                table: "ProposalLines",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ItemKind",
                table: "ProposalLines",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Lines and revisions written before these columns existed: the item's code and kind from the line's
            // snapshot, the recommended option's figures from the revision's data (the second of three or more options, else the first).
            migrationBuilder.Sql("""
                UPDATE ProposalLines SET
                    ItemCode = json_extract(ItemSnapshot, '$.Code'),
                    ItemKind = CASE json_extract(ItemSnapshot, '$.Kind') WHEN 1 THEN 'Innovation' WHEN 2 THEN 'Service' ELSE 'Standard' END;
                """);
            migrationBuilder.Sql("""
                UPDATE ProposalRevisions SET
                    RecommendedOption = COALESCE(json_extract(Data, '$.proposal.options[' || r.i || '].name'), ''),
                    ContractValue = COALESCE(json_extract(Data, '$.proposal.options[' || r.i || '].totals.contractValue'), 0),
                    DiscountPercent = COALESCE(json_extract(Data, '$.proposal.options[' || r.i || '].totals.discountPercent'), 0),
                    DifferentiationShare = COALESCE(json_extract(Data, '$.proposal.options[' || r.i || '].differentiation.share'), 0)
                FROM (SELECT Id AS id, CASE WHEN json_array_length(Data, '$.proposal.options') >= 3 THEN 1 ELSE 0 END AS i FROM ProposalRevisions) AS r
                WHERE ProposalRevisions.Id = r.id AND json_valid(Data);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalRevisions_Sha256",
                table: "ProposalRevisions",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLines_ItemCode",
                table: "ProposalLines",
                column: "ItemCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProposalRevisions_Sha256",
                table: "ProposalRevisions");

            migrationBuilder.DropIndex(
                name: "IX_ProposalLines_ItemCode",
                table: "ProposalLines");

            migrationBuilder.DropColumn(
                name: "ContractValue",
                table: "ProposalRevisions");

            migrationBuilder.DropColumn(
                name: "DifferentiationShare",
                table: "ProposalRevisions");

            migrationBuilder.DropColumn(
                name: "DiscountPercent",
                table: "ProposalRevisions");

            migrationBuilder.DropColumn(
                name: "RecommendedOption",
                table: "ProposalRevisions");

            migrationBuilder.DropColumn(
                name: "ItemCode",
                table: "ProposalLines");

            migrationBuilder.DropColumn(
                name: "ItemKind",
                table: "ProposalLines");
        }
    }
}
