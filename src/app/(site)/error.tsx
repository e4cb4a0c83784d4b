'use client'

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section aria-labelledby="err-title">
      <h1 id="err-title">页面暂时无法显示</h1>
      <p>系统繁忙，请稍后再试。如问题持续，请通过领导信箱或公开指南中的联系方式告知我们。</p>
      <p>
        <button className="button" type="button" onClick={() => reset()}>
          重试
        </button>{' '}
        <a href="/">返回首页</a>
      </p>
    </section>
  )
}
