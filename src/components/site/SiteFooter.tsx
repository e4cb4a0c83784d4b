import { getSiteIdentity, identityName } from '../../lib/site/identity'

/** The footer with the site marks the inspection requires (网站标识码, 备案号, 主办单位 …). */
export async function SiteFooter() {
  const identity = await getSiteIdentity()
  return (
    <footer className="site-footer" data-site-marks>
      <div className="wrap">
        <p>
          主办单位：<span data-mark="sponsor">{identity.sponsor || identityName(identity)}</span>
          {identity.contact ? (
            <>
              {' '}
              · 联系方式：<span data-mark="contact">{identity.contact}</span>
            </>
          ) : null}
        </p>
        <p>
          {identity.siteIdCode ? (
            <>
              网站标识码：<span data-mark="site-id-code">{identity.siteIdCode}</span>{' '}
            </>
          ) : null}
          {identity.icp ? (
            <>
              · <span data-mark="icp">{identity.icp}</span>{' '}
            </>
          ) : null}
          {identity.publicSecurity ? (
            <>
              · <span data-mark="public-security">{identity.publicSecurity}</span>
            </>
          ) : null}
        </p>
        <p>
          {identity.partyGovMarkUrl ? (
            <>
              <a data-mark="party-gov-mark" href={identity.partyGovMarkUrl} rel="noopener">
                党政机关网站标识
              </a>{' '}
              ·{' '}
            </>
          ) : null}
          {identity.errorReportUrl ? (
            <>
              <a data-mark="error-report" href={identity.errorReportUrl} rel="noopener">
                我为政府网站找错
              </a>{' '}
              ·{' '}
            </>
          ) : null}
          <a href="/guide">政府信息公开指南</a> · <a href="/feed.xml">订阅（RSS）</a> ·{' '}
          <a href="/sitemap.xml">网站地图</a>
        </p>
        <p>本网站由公开（Gongkai）开源系统提供支持。</p>
      </div>
    </footer>
  )
}
