import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { WordReplaceFeatureClient as WordReplaceFeatureClient_3cded809a9d0ecf371e9b4069636dcd7 } from 'gongkai/site-inspection/admin/WordReplaceFeature'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_022cb98b03055881928bf1ceda4a81d1 } from 'gongkai/publish-workflow/admin/WorkflowPanel'
import { WordCheckPanel as WordCheckPanel_6e4ec2dd38669ea7d5cbac15b690af77 } from 'gongkai/site-inspection/admin/WordCheckPanel'
import { NoPublishButton as NoPublishButton_33543b85458e0a54c083da8d4235ae2b } from 'gongkai/publish-workflow/admin/NoPublishButton'
import { Icon as Icon_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { QueueNavLink as QueueNavLink_fb2e7414d641dab3126e7e99e7ba950d } from 'gongkai/publish-workflow/admin/QueueNavLink'
import { HitAnalyticsNavLink as HitAnalyticsNavLink_186972e38ce01524e114ca2fb5a3dc34 } from 'gongkai/hit-counter/admin/HitAnalyticsNavLink'
import { StatisticsNavLink as StatisticsNavLink_fe1bd9afe8d92b41f4a9d0859bdc5d86 } from 'gongkai/mailboxes/admin/StatisticsNavLink'
import { ReportNavLink as ReportNavLink_93b780a496d3f99ac35bb917f72bd0af } from 'gongkai/annual-report/admin/ReportNavLink'
import { InspectionNavLink as InspectionNavLink_a14b2ffd9261b912cc023247ef0e07bb } from 'gongkai/site-inspection/admin/InspectionNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewQueueView as ReviewQueueView_19ff48dcea447f9a38d2753a9789d32f } from 'gongkai/publish-workflow/admin/ReviewQueueView'
import { HitAnalyticsView as HitAnalyticsView_fd7bf21562da367c7f7efefed31ff88b } from 'gongkai/hit-counter/admin/HitAnalyticsView'
import { StatisticsView as StatisticsView_7e7eab4ec3ae496b6387f1287d82f348 } from 'gongkai/mailboxes/admin/StatisticsView'
import { ReportView as ReportView_69e37a2d10b82534b3579b9aba80792a } from 'gongkai/annual-report/admin/ReportView'
import { InspectionView as InspectionView_9714697fcca206bf32fd1ca3b5d6dc6b } from 'gongkai/site-inspection/admin/InspectionView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'
import { SearchStatsPanel as SearchStatsPanel_54e14e3479866a4dad02ba5bd8d49daa } from 'gongkai/site-search/admin/SearchStatsPanel'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "gongkai/site-inspection/admin/WordReplaceFeature#WordReplaceFeatureClient": WordReplaceFeatureClient_3cded809a9d0ecf371e9b4069636dcd7,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "gongkai/publish-workflow/admin/WorkflowPanel#WorkflowPanel": WorkflowPanel_022cb98b03055881928bf1ceda4a81d1,
  "gongkai/site-inspection/admin/WordCheckPanel#WordCheckPanel": WordCheckPanel_6e4ec2dd38669ea7d5cbac15b690af77,
  "gongkai/publish-workflow/admin/NoPublishButton#NoPublishButton": NoPublishButton_33543b85458e0a54c083da8d4235ae2b,
  "/src/components/admin/Logo#Icon": Icon_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "gongkai/publish-workflow/admin/QueueNavLink#QueueNavLink": QueueNavLink_fb2e7414d641dab3126e7e99e7ba950d,
  "gongkai/hit-counter/admin/HitAnalyticsNavLink#HitAnalyticsNavLink": HitAnalyticsNavLink_186972e38ce01524e114ca2fb5a3dc34,
  "gongkai/mailboxes/admin/StatisticsNavLink#StatisticsNavLink": StatisticsNavLink_fe1bd9afe8d92b41f4a9d0859bdc5d86,
  "gongkai/annual-report/admin/ReportNavLink#ReportNavLink": ReportNavLink_93b780a496d3f99ac35bb917f72bd0af,
  "gongkai/site-inspection/admin/InspectionNavLink#InspectionNavLink": InspectionNavLink_a14b2ffd9261b912cc023247ef0e07bb,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "gongkai/publish-workflow/admin/ReviewQueueView#ReviewQueueView": ReviewQueueView_19ff48dcea447f9a38d2753a9789d32f,
  "gongkai/hit-counter/admin/HitAnalyticsView#HitAnalyticsView": HitAnalyticsView_fd7bf21562da367c7f7efefed31ff88b,
  "gongkai/mailboxes/admin/StatisticsView#StatisticsView": StatisticsView_7e7eab4ec3ae496b6387f1287d82f348,
  "gongkai/annual-report/admin/ReportView#ReportView": ReportView_69e37a2d10b82534b3579b9aba80792a,
  "gongkai/site-inspection/admin/InspectionView#InspectionView": InspectionView_9714697fcca206bf32fd1ca3b5d6dc6b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
  "gongkai/site-search/admin/SearchStatsPanel#SearchStatsPanel": SearchStatsPanel_54e14e3479866a4dad02ba5bd8d49daa
}
